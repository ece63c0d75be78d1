using System.Globalization;
using System.Linq;

namespace PilotSpec.CodeAnalysis.Diagnostics;

/// <summary>
/// Words inside a message ("a date such as 2019-03-01", "indicator" / 指标): a resource
/// key and its arguments (themselves possibly localizable), rendered in the culture of the
/// message around it, so a Chinese message never carries English fragments.
/// </summary>
public sealed class Phrase : ILocalizable
{
    public Phrase(string key, params object[] arguments)
    {
        Key = key;
        Arguments = arguments;
    }

    public string Key { get; }

    public object[] Arguments { get; }

    public string ToString(CultureInfo culture)
    {
        var format = DiagnosticResources.GetString(Key, culture);
        var arguments = Arguments.Select(a => a is ILocalizable l ? l.ToString(culture) : a).ToArray();
        return arguments.Length == 0 ? format : string.Format(culture, format, arguments);
    }

    public override string ToString() => ToString(CultureInfo.InvariantCulture);
}
