using System.Globalization;
using System.Resources;

namespace PilotSpec.Cli.Scheduling;

/// <summary>The words of the schedule charts, in English or Simplified Chinese (ScheduleTexts*.resx).</summary>
public sealed class ScheduleTexts
{
    private static readonly ResourceManager Manager = new("PilotSpec.Cli.Scheduling.ScheduleTexts", typeof(ScheduleTexts).Assembly);

    public ScheduleTexts(CultureInfo culture) => Culture = culture;

    public CultureInfo Culture { get; }

    /// <summary>The text of a resource, formatted with <paramref name="arguments"/>.</summary>
    public string Get(string key, params object?[] arguments)
    {
        var text = Manager.GetString(key, Culture) ?? throw new InvalidOperationException("Missing resource " + key + ".");
        return arguments.Length == 0 ? text : string.Format(CultureInfo.InvariantCulture, text, arguments);
    }
}
