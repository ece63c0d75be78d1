using System.Globalization;
using PilotSpec.Cli.Output;

namespace PilotSpec.Cli.Scheduling;

/// <summary>The words of the schedule charts, in English or Simplified Chinese (ScheduleTexts*.resx).</summary>
public sealed class ScheduleTexts : ReportTexts
{
    public ScheduleTexts(CultureInfo culture)
        : base("PilotSpec.Cli.Scheduling.ScheduleTexts", culture)
    {
    }
}
