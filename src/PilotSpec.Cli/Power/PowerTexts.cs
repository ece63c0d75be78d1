using System.Globalization;
using System.Resources;
using PilotSpec.Monitoring;

namespace PilotSpec.Cli.Power;

/// <summary>The words of a design diagnosis, in English or Simplified Chinese (PowerTexts*.resx).</summary>
public sealed class PowerTexts
{
    private static readonly ResourceManager Manager = new("PilotSpec.Cli.Power.PowerTexts", typeof(PowerTexts).Assembly);

    public PowerTexts(CultureInfo culture) => Culture = culture;

    public CultureInfo Culture { get; }

    /// <summary>The text of a resource, formatted with <paramref name="arguments"/>.</summary>
    public string Get(string key, params object?[] arguments)
    {
        var text = Manager.GetString(key, Culture) ?? throw new InvalidOperationException("Missing resource " + key + ".");
        return arguments.Length == 0 ? text : string.Format(CultureInfo.InvariantCulture, text, arguments);
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
