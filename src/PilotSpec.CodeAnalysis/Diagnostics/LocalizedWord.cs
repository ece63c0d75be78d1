using System.Globalization;

namespace PilotSpec.CodeAnalysis.Diagnostics;

/// <summary>
/// A word or phrase taken from the resources (`Kind_Indicator`: "indicator", 指标), so
/// a message rendered in Chinese does not carry an English word in its middle.
/// </summary>
internal sealed class LocalizedWord : ILocalizable
{
    public LocalizedWord(string key, params object[] arguments)
    {
        Key = key;
        Arguments = arguments;
    }

    /// <summary>The resource key, stable for tests.</summary>
    public string Key { get; }

    /// <summary>Filled into the text's placeholders; may themselves be localizable.</summary>
    public object[] Arguments { get; }

    public string ToString(CultureInfo culture)
    {
        var text = DiagnosticResources.GetString(Key, culture);
        if (Arguments.Length == 0)
        {
            return text;
        }

        var arguments = System.Array.ConvertAll(Arguments, a => a is ILocalizable l ? l.ToString(culture) : a);
        return string.Format(culture, text, arguments);
    }

    public override string ToString() => ToString(CultureInfo.InvariantCulture);
}
