using System.Globalization;
using PilotSpec.Cli.Output;
using PilotSpec.Monitoring;

namespace PilotSpec.Cli.Power;

/// <summary>The words of a design diagnosis, in English or Simplified Chinese (PowerTexts*.resx).</summary>
public sealed class PowerTexts : ReportTexts
{
    public PowerTexts(CultureInfo culture)
        : base("PilotSpec.Cli.Power.PowerTexts", culture)
    {
    }

    /// <summary>A change of <paramref name="indicator"/> with its unit: points for a percentage, no unit word when it has none.</summary>
    public string Quantity(IndicatorDefinition indicator, double value, bool signed)
    {
        var number = signed ? Signed(value) : Number(value);
        var unit = indicator.Unit is "percent" ? Get("Points") : indicator.Unit?.Replace('_', ' ');
        return string.IsNullOrEmpty(unit) ? number : number + " " + unit;
    }

    /// <summary>A number as the diagnosis shows it: invariant, two decimals at most.</summary>
    public static string Number(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A signed change: +15, -100.</summary>
    public static string Signed(double value) => (value > 0 ? "+" : string.Empty) + Number(value);
}
