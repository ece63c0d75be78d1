using System.Globalization;
using System.Resources;

namespace PilotSpec.Cli.Output;

/// <summary>
/// The words of one of pilotc's outputs, in English or Simplified Chinese: a resource file
/// pair (`X.resx`, `X.zh-Hans.resx`) read in one culture. The reports' own text classes add
/// their domain words on top (a decision, a unit of change).
/// </summary>
public class ReportTexts
{
    private readonly ResourceManager _manager;

    /// <summary>Reads the resources named <paramref name="resources"/> (`PilotSpec.Cli.Power.PowerTexts`) in <paramref name="culture"/>.</summary>
    public ReportTexts(string resources, CultureInfo culture)
    {
        _manager = new ResourceManager(resources, typeof(ReportTexts).Assembly);
        Culture = culture;
    }

    public CultureInfo Culture { get; }

    /// <summary>The text of a resource, formatted with <paramref name="arguments"/>.</summary>
    public string Get(string key, params object?[] arguments)
    {
        var text = _manager.GetString(key, Culture) ?? throw new InvalidOperationException("Missing resource " + key + ".");
        return arguments.Length == 0 ? text : string.Format(CultureInfo.InvariantCulture, text, arguments);
    }
}
