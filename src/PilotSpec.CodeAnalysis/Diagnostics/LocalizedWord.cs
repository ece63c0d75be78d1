using System.Globalization;

namespace PilotSpec.CodeAnalysis.Diagnostics;

/// <summary>
/// A word of the language taken from the resources (`Kind_Indicator`: "indicator", 指标), so
/// a message rendered in Chinese does not carry an English word in its middle.
/// </summary>
internal sealed class LocalizedWord : ILocalizable
{
    public LocalizedWord(string key) => Key = key;

    /// <summary>The resource key, stable for tests.</summary>
    public string Key { get; }

    public string ToString(CultureInfo culture) => DiagnosticResources.GetString(Key, culture);

    public override string ToString() => ToString(CultureInfo.InvariantCulture);
}
