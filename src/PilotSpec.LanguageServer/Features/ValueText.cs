using System.Globalization;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Types;

namespace PilotSpec.LanguageServer.Features;

/// <summary>Values as hovers and hints show them: `77%`, `1,560 officers`, `2020-12-31`.</summary>
public static class ValueText
{
    public static string Number(decimal value) => value.ToString("#,0.##########", CultureInfo.InvariantCulture);

    public static string Quantity(decimal value, Unit? unit) => unit?.Dimension switch
    {
        null or Dimension.Scalar => Number(value),
        Dimension.Percent => Number(value) + "%",
        _ => Number(value) + " " + unit.Name,
    };

    public static string Quantity(Quantity quantity) => Quantity(quantity.Value, quantity.Unit);

    public static string Date(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The unit an indicator's absolute values are in: its baseline's, else its declared unit.</summary>
    public static Unit? ValueUnit(IndicatorSymbol indicator) =>
        indicator.Baseline?.Unit ?? indicator.Unit ?? (indicator.Target is { Kind: TargetKind.Absolute } target ? target.Amount.Unit : null);

    /// <summary>The target as an absolute value (`77%`), when the baseline makes it known.</summary>
    public static string? AbsoluteTarget(IndicatorSymbol indicator) =>
        indicator.Target?.AbsoluteValue(indicator.Baseline) is { } value ? Quantity(value, ValueUnit(indicator)) : null;
}
