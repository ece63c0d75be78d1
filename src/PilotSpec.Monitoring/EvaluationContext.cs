using System;
using System.Collections.Generic;

namespace PilotSpec.Monitoring;

/// <summary>
/// The recorded data as it stood on one day: what criteria and alerts read. Observations
/// dated after <see cref="AsOf"/> do not exist for it, so evaluating an old date again gives
/// the old answer. Inside a sustained condition each period is read through
/// <see cref="ForPeriod"/>, where an indicator's latest value must lie within that period.
/// </summary>
public sealed class EvaluationContext
{
    /// <summary>Reads <paramref name="store"/> as of the end of day <paramref name="asOf"/>.</summary>
    public EvaluationContext(ObservationStore store, DateTime asOf)
        : this(store ?? throw new ArgumentNullException(nameof(store)), asOf.Date, periodStart: null)
    {
    }

    private EvaluationContext(ObservationStore store, DateTime asOf, DateTime? periodStart)
    {
        Store = store;
        AsOf = asOf;
        PeriodStart = periodStart;
    }

    /// <summary>The store read.</summary>
    public ObservationStore Store { get; }

    /// <summary>The last day whose observations count.</summary>
    public DateTime AsOf { get; }

    /// <summary>Within a sustained condition, the first day of the period being judged: an older value is no value for it.</summary>
    public DateTime? PeriodStart { get; }

    /// <summary>The same data restricted to period <paramref name="index"/> of <paramref name="unit"/> (and never past <see cref="AsOf"/>).</summary>
    public EvaluationContext ForPeriod(long index, PeriodUnit unit)
    {
        var start = Periods.StartOf(index, unit);
        var end = Periods.EndOf(index, unit);
        return new EvaluationContext(Store, end < AsOf ? end : AsOf, start);
    }

    /// <summary>The observations of <paramref name="indicator"/> at <paramref name="site"/> dated on or before <see cref="AsOf"/>, in date order.</summary>
    public IReadOnlyList<Observation> Observations(IndicatorDefinition indicator, Site site)
    {
        var all = Store.Observations(indicator, site);
        var count = SeriesStatistics.CountUpTo(all, AsOf);
        if (count == all.Count)
        {
            return all;
        }

        var result = new Observation[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = all[i];
        }

        return result;
    }

    /// <summary><c>indicator</c> or <c>indicator.latest</c>: the last value (within the period, inside a sustained condition).</summary>
    public decimal? Latest(IndicatorDefinition indicator, Site site) =>
        SeriesStatistics.Latest(Store.Observations(indicator, site), AsOf, PeriodStart);

    /// <summary><c>indicator.baseline</c>.</summary>
    public decimal? Baseline(IndicatorDefinition indicator) => indicator.Baseline;

    /// <summary><c>indicator.target</c>, as an absolute value.</summary>
    public decimal? Target(IndicatorDefinition indicator) => indicator.Target;

    /// <summary><c>indicator.change</c> read in the indicator's unit (compared with points or minutes): latest minus baseline.</summary>
    public decimal? Change(IndicatorDefinition indicator, Site site) =>
        Arithmetic.Subtract(Latest(indicator, site), indicator.Baseline);

    /// <summary><c>indicator.change</c> read as a relative change (compared with <c>+15%</c>): in percent of the baseline.</summary>
    public decimal? RelativeChange(IndicatorDefinition indicator, Site site) =>
        SeriesStatistics.Relative(Change(indicator, site), indicator.Baseline);

    /// <summary><c>indicator.mean</c>: the mean of the recorded values.</summary>
    public decimal? Mean(IndicatorDefinition indicator, Site site) =>
        SeriesStatistics.Mean(Store.Observations(indicator, site), AsOf);

    /// <summary><c>indicator.trend</c> read in the indicator's unit: the fitted change per measurement period (per month if the spec gives no frequency).</summary>
    public decimal? Trend(IndicatorDefinition indicator, Site site) =>
        SeriesStatistics.Trend(Store.Observations(indicator, site), AsOf, indicator.Frequency ?? PeriodUnit.Month);

    /// <summary><c>indicator.trend</c> read as a relative change: the fitted change per period in percent of the baseline.</summary>
    public decimal? RelativeTrend(IndicatorDefinition indicator, Site site) =>
        SeriesStatistics.Relative(Trend(indicator, site), indicator.Baseline);

    /// <summary>Progress from baseline (0) to target (1) of the latest value.</summary>
    public decimal? Progress(IndicatorDefinition indicator, Site site) =>
        SeriesStatistics.Progress(Latest(indicator, site), indicator.Baseline, indicator.Target);

    /// <summary>Whether the latest value is at or beyond the target, in the indicator's better direction.</summary>
    public bool? TargetReached(IndicatorDefinition indicator, Site site) =>
        SeriesStatistics.TargetReached(Latest(indicator, site), indicator);
}
