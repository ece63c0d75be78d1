using System;
using System.Collections.Generic;

namespace PilotSpec.Monitoring;

/// <summary>
/// The members a spec reads from an indicator's series (<c>latest</c>, <c>mean</c>,
/// <c>trend</c>, <c>change</c>) and the progress towards its target, as pure functions of
/// date-ordered observations. Unknown (null) whenever the data cannot tell: no
/// observation, a zero baseline under a relative change, an overflow.
/// </summary>
public static class SeriesStatistics
{
    /// <summary>How many leading observations are dated on or before <paramref name="asOf"/> (the series is in date order).</summary>
    public static int CountUpTo(IReadOnlyList<Observation> observations, DateTime asOf)
    {
        var day = asOf.Date;
        int low = 0, high = observations.Count;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (observations[middle].Date <= day)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>The value of the last observation on or before <paramref name="asOf"/>, and not before <paramref name="notBefore"/> when given.</summary>
    public static decimal? Latest(IReadOnlyList<Observation> observations, DateTime asOf, DateTime? notBefore = null)
    {
        var count = CountUpTo(observations, asOf);
        if (count == 0)
        {
            return null;
        }

        var last = observations[count - 1];
        return notBefore is { } start && last.Date < start.Date ? null : last.Value;
    }

    /// <summary>The mean of the observations on or before <paramref name="asOf"/>.</summary>
    public static decimal? Mean(IReadOnlyList<Observation> observations, DateTime asOf) => Mean(observations, asOf, null);

    /// <summary>The mean of the observations on or before <paramref name="asOf"/> and, when given, on or after <paramref name="from"/>.</summary>
    public static decimal? Mean(IReadOnlyList<Observation> observations, DateTime asOf, DateTime? from)
    {
        var count = CountUpTo(observations, asOf);
        var first = FirstFrom(observations, from);
        if (count <= first)
        {
            return null;
        }

        try
        {
            decimal sum = 0;
            for (var i = first; i < count; i++)
            {
                sum += observations[i].Value;
            }

            return sum / (count - first);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    /// <summary>
    /// The least-squares slope of the observations on or before <paramref name="asOf"/>, as
    /// a change per <paramref name="per"/> period (per month for a monthly indicator).
    /// Needs two observations on different days.
    /// </summary>
    public static decimal? Trend(IReadOnlyList<Observation> observations, DateTime asOf, PeriodUnit per) => Trend(observations, asOf, per, null);

    /// <summary>The slope of <see cref="Trend(IReadOnlyList{Observation}, DateTime, PeriodUnit)"/> over the observations on or after <paramref name="from"/> only, when given.</summary>
    public static decimal? Trend(IReadOnlyList<Observation> observations, DateTime asOf, PeriodUnit per, DateTime? from)
    {
        var count = CountUpTo(observations, asOf);
        var first = FirstFrom(observations, from);
        if (count - first < 2)
        {
            return null;
        }

        try
        {
            var origin = observations[first].Date;
            decimal sumX = 0, sumY = 0;
            for (var i = first; i < count; i++)
            {
                sumX += (decimal)(observations[i].Date - origin).TotalDays;
                sumY += observations[i].Value;
            }

            var n = count - first;
            var meanX = sumX / n;
            var meanY = sumY / n;
            decimal covariance = 0, variance = 0;
            for (var i = first; i < count; i++)
            {
                var dx = (decimal)(observations[i].Date - origin).TotalDays - meanX;
                covariance += dx * (observations[i].Value - meanY);
                variance += dx * dx;
            }

            return variance == 0 ? null : covariance / variance * Periods.AverageDays(per);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    // The index of the first observation dated on or after `from` (0 without one): those before it lie outside a window.
    private static int FirstFrom(IReadOnlyList<Observation> observations, DateTime? from) =>
        from is { } start ? CountUpTo(observations, start.Date.AddDays(-1)) : 0;

    /// <summary>
    /// How far from baseline to target a value is: 0 at the baseline, 1 at the target, more
    /// beyond it, negative when it moved the wrong way. The sign follows the target's side of
    /// the baseline, so it is right for lower-is-better indicators too.
    /// </summary>
    public static decimal? Progress(decimal? value, decimal? baseline, decimal? target)
    {
        if (value is not { } v || baseline is not { } b || target is not { } t || t == b)
        {
            return null;
        }

        return Arithmetic.Divide(v - b, t - b);
    }

    /// <summary>Whether a value is at or beyond the target, in the better direction of the indicator, from the programme's baseline.</summary>
    public static bool? TargetReached(decimal? value, IndicatorDefinition indicator) =>
        TargetReached(value, indicator, indicator?.Baseline);

    /// <summary>
    /// Whether a value meets every part of the indicator's target (a compound target holds only
    /// when all its parts do), each part resolved from <paramref name="baseline"/>, the site's own.
    /// Three-valued: a part that cannot be resolved (a relative part without a baseline) is unknown.
    /// </summary>
    public static bool? TargetReached(decimal? value, IndicatorDefinition indicator, decimal? baseline)
    {
        if (indicator is null)
        {
            throw new ArgumentNullException(nameof(indicator));
        }

        if (value is not { } v || indicator.Targets.Count == 0)
        {
            return null;
        }

        bool? all = true;
        foreach (var part in indicator.Targets)
        {
            all &= PartReached(v, indicator.Direction, part.LevelFrom(baseline), baseline);
            if (all == false)
            {
                return false;
            }
        }

        return all;
    }

    private static bool? PartReached(decimal value, Direction direction, decimal? level, decimal? baseline)
    {
        if (level is not { } target)
        {
            return null;
        }

        if (direction == Direction.Unspecified)
        {
            if (baseline is not { } b || b == target)
            {
                return value == target;
            }

            direction = target > b ? Direction.HigherIsBetter : Direction.LowerIsBetter;
        }

        return direction == Direction.HigherIsBetter ? value >= target : value <= target;
    }

    /// <summary>A change relative to <paramref name="baseline"/>, in percent: +15 for a rise of 15%. Unknown for a zero baseline.</summary>
    public static decimal? Relative(decimal? change, decimal? baseline)
    {
        if (change is not { } c || baseline is not { } b || b == 0)
        {
            return null;
        }

        return Arithmetic.Multiply(Arithmetic.Divide(c, Math.Abs(b)), 100m);
    }
}
