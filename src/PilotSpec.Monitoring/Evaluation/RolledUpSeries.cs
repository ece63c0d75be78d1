using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;

namespace PilotSpec.Monitoring;

/// <summary>
/// The series of an indicator at a parent site computed from its children (<see cref="RollUp"/>):
/// for each measurement period in which a child reported, the children's values of that period
/// combined — but only when every child has one, since a total or a mean without a child is not
/// the parent's value (a missing city makes its province unknown, never smaller). Children that
/// are parents themselves roll up in turn. Dated by the latest child's date in the period.
/// </summary>
internal static class RolledUpSeries
{
    public static IReadOnlyList<Observation> Of(EvaluationContext context, IndicatorDefinition indicator, IReadOnlyList<Site> children)
    {
        RuntimeHelpers.EnsureSufficientExecutionStack();
        var rollUp = indicator.RollUp ?? throw new ArgumentException("'" + indicator.Name + "' has no roll-up.", nameof(indicator));
        var unit = indicator.RecordingPeriod;
        var periods = ComputedSeries.PeriodsWithData(context, children.Select(child => (indicator, child)), unit);
        var series = new List<Observation>(periods.Count);
        foreach (var period in periods)
        {
            var within = context.ForPeriod(period.Key, unit).NotingGapsIn(null);
            if (Combine(within, indicator, rollUp, children) is { } value)
            {
                series.Add(new Observation(period.Value, value));
            }
        }

        return series;
    }

    private static decimal? Combine(EvaluationContext period, IndicatorDefinition indicator, RollUp rollUp, IReadOnlyList<Site> children)
    {
        try
        {
            decimal sum = 0, weights = 0;
            foreach (var child in children)
            {
                if (period.Latest(indicator, child) is not { } value)
                {
                    return null;
                }

                var weight = 1m;
                if (rollUp.Kind == RollUpKind.WeightedMean && !child.Attributes.TryGetValue(rollUp.Weight!, out weight))
                {
                    return null; // a child without the weight cannot be weighed
                }

                sum += value * weight;
                weights += weight;
            }

            return rollUp.Kind switch
            {
                RollUpKind.Sum => sum,
                _ => weights == 0 ? null : sum / weights,
            };
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}
