using System;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Types;

namespace PilotSpec.CodeAnalysis.Emit.CSharpMonitor;

/// <summary>
/// An indicator's baseline and target in the indicator's own unit, the target resolved to
/// an absolute value: <c>+15 points</c> on 62% is 77, <c>+15%</c> is 71.3, <c>-3 minutes</c>
/// on an indicator in hours is 3/60 of an hour less.
/// </summary>
internal static class MonitorTargets
{
    public static decimal? Baseline(IndicatorSymbol indicator)
    {
        try
        {
            return indicator.Baseline is { } baseline ? InUnitOf(indicator, baseline) : null;
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    public static decimal? Target(IndicatorSymbol indicator)
    {
        if (indicator.Target is not { } target)
        {
            return null;
        }

        try
        {
            var baseline = Baseline(indicator);
            return target.Kind switch
            {
                TargetKind.Absolute => InUnitOf(indicator, target.Amount),
                TargetKind.RelativeChange when baseline is { } b => b * (1 + (target.Amount.Value / 100m)),
                TargetKind.AbsoluteChange when baseline is { } b => b + InUnitOf(indicator, target.Amount),
                _ => null,
            };
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static decimal InUnitOf(IndicatorSymbol indicator, Quantity quantity)
    {
        var factor = indicator.Unit is { } unit ? ConditionTranslator.Factor(quantity.Unit, unit) : null;
        return factor is { } f ? quantity.Value * f : quantity.Value;
    }

    public static string? Frequency(MeasurementFrequency? frequency) => frequency switch
    {
        MeasurementFrequency.Weekly => "Week",
        MeasurementFrequency.Monthly => "Month",
        MeasurementFrequency.Quarterly => "Quarter",
        MeasurementFrequency.SemiAnnually => "HalfYear",
        MeasurementFrequency.Annually => "Year",
        _ => null,
    };

    public static string Direction(Binding.Direction direction) => direction switch
    {
        Binding.Direction.HigherIsBetter => "HigherIsBetter",
        Binding.Direction.LowerIsBetter => "LowerIsBetter",
        _ => "Unspecified",
    };

    public static string Decision(Binding.Decision decision) => decision switch
    {
        Binding.Decision.ScaleUp => "ScaleUp",
        Binding.Decision.Adjust => "Adjust",
        Binding.Decision.Extend => "Extend",
        _ => "Terminate",
    };
}
