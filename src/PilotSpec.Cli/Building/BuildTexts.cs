using System.Globalization;
using PilotSpec.Cli.Output;

namespace PilotSpec.Cli.Building;

/// <summary>What `pilotc build` says besides diagnostics, in English or Simplified Chinese (BuildTexts*.resx).</summary>
public sealed class BuildTexts : ReportTexts
{
    public BuildTexts(CultureInfo culture)
        : base("PilotSpec.Cli.Building.BuildTexts", culture)
    {
    }
}
