using System;
using System.Collections.Generic;

namespace PilotSpec.Monitoring;

/// <summary>
/// The recorded data as it stood on one day: what criteria and alerts read. Observations
/// dated after <see cref="AsOf"/> do not exist for it, so evaluating an old date again gives
/// the old answer. Inside a sustained condition each period is read through
/// <see cref="ForPeriod"/>, where an indicator's latest value must lie within that period.
/// Each site is measured from its own baseline (<see cref="SiteBaseline"/>), and a latest
/// value older than the indicator's <see cref="IndicatorDefinition.StaleAfter"/> periods counts
/// as missing: a figure of last year must not decide this year's evaluation.
/// </summary>
public sealed class EvaluationContext
{
    /// <summary>Reads <paramref name="source"/> as of the end of day <paramref name="asOf"/>.</summary>
    public EvaluationContext(IObservationSource source, DateTime asOf)
        : this(source ?? throw new ArgumentNullException(nameof(source)), asOf.Date, periodStart: null, gaps: null, pilot: null, windowStart: null, compared: null)
    {
    }

    /// <summary>Reads <paramref name="source"/> as of <paramref name="asOf"/>, knowing the pilot's sites (so parents roll up from their children).</summary>
    public EvaluationContext(IObservationSource source, DateTime asOf, PilotDefinition? pilot)
        : this(source ?? throw new ArgumentNullException(nameof(source)), asOf.Date, periodStart: null, gaps: null, pilot: pilot, windowStart: null, compared: null)
    {
    }

    private EvaluationContext(IObservationSource source, DateTime asOf, DateTime? periodStart, DataGaps? gaps, PilotDefinition? pilot, DateTime? windowStart, ComparedSites? compared)
    {
        _compared = compared;
        Pilot = pilot;
        Source = source;
        AsOf = asOf;
        PeriodStart = periodStart;
        Gaps = gaps;
        WindowStart = windowStart;
    }

    /// <summary>
    /// Within an evaluation's <see cref="EvaluationWindow"/>, its first day: means and trends read
    /// only observations from it on, and a change is measured from the value as it opened.
    /// </summary>
    public DateTime? WindowStart { get; }

    /// <summary>The same data read through <paramref name="window"/>: up to its last day, and from its first.</summary>
    public EvaluationContext Within(EvaluationWindow? window) => window is null
        ? this
        : new EvaluationContext(Source, window.EndFor(AsOf), PeriodStart, Gaps, Pilot, window.StartFor(AsOf), _compared);

    // The first day a value may be dated: the period's, inside a sustained condition (a context
    // for a period has no window), or the window's.
    private DateTime? NotBefore => PeriodStart ?? WindowStart;

    /// <summary>The pilot, when known: its site hierarchy for roll-ups.</summary>
    public PilotDefinition? Pilot { get; }

    /// <summary>Where the observations are read from.</summary>
    public IObservationSource Source { get; }

    /// <summary>The last day whose observations count.</summary>
    public DateTime AsOf { get; }

    /// <summary>Within a sustained condition, the first day of the period being judged: an older value is no value for it.</summary>
    public DateTime? PeriodStart { get; }

    /// <summary>Where reads that found no usable value are noted, when an evaluation wants to name them; null otherwise.</summary>
    internal DataGaps? Gaps { get; }

    /// <summary>The same data, noting every missing or stale value in <paramref name="gaps"/>.</summary>
    internal EvaluationContext NotingGapsIn(DataGaps? gaps) => new EvaluationContext(Source, AsOf, PeriodStart, gaps, Pilot, WindowStart, _compared);

    private readonly ComparedSites? _compared;

    /// <summary>The same data, in an evaluation that compares <paramref name="pilotSites"/> with <paramref name="comparisonSites"/>: its criteria may read the effect.</summary>
    public EvaluationContext Comparing(IReadOnlyList<Site> pilotSites, IReadOnlyList<Site> comparisonSites) =>
        new EvaluationContext(Source, AsOf, PeriodStart, Gaps, Pilot, WindowStart, new ComparedSites(pilotSites, comparisonSites, null));

    /// <summary>The same data, in an evaluation of the stepped-wedge roll-out <paramref name="design"/>: its criteria may read the effect.</summary>
    public EvaluationContext Comparing(SteppedWedgeDesign design) =>
        new EvaluationContext(Source, AsOf, PeriodStart, Gaps, Pilot, WindowStart, new ComparedSites(Array.Empty<Site>(), Array.Empty<Site>(), design ?? throw new ArgumentNullException(nameof(design))));

    /// <summary>
    /// The estimate of the effect on <paramref name="indicator"/> in the evaluation being judged
    /// (difference-in-differences, or stepped wedge); null outside one that compares. Read through
    /// this context, so the sites whose data it lacks are noted as gaps when an evaluation wants them named.
    /// </summary>
    public EffectEstimate? Effect(IndicatorDefinition indicator) => _compared switch
    {
        { Wedge: { } wedge } => EffectEstimate.SteppedWedge(this, indicator, wedge),
        { } compared => EffectEstimate.DifferenceInDifferences(this, indicator, compared.Pilot, compared.Comparison),
        _ => null,
    };

    private sealed class ComparedSites
    {
        public ComparedSites(IReadOnlyList<Site> pilot, IReadOnlyList<Site> comparison, SteppedWedgeDesign? wedge)
        {
            Pilot = pilot ?? throw new ArgumentNullException(nameof(pilot));
            Comparison = comparison ?? throw new ArgumentNullException(nameof(comparison));
            Wedge = wedge;
        }

        public IReadOnlyList<Site> Pilot { get; }

        public IReadOnlyList<Site> Comparison { get; }

        public SteppedWedgeDesign? Wedge { get; }
    }

    /// <summary>The same data restricted to period <paramref name="index"/> of <paramref name="unit"/> (and never past <see cref="AsOf"/>).</summary>
    public EvaluationContext ForPeriod(long index, PeriodUnit unit)
    {
        var start = Periods.StartOf(index, unit);
        var end = Periods.EndOf(index, unit);
        // A period is a window of its own: computed and rolled-up series are made period by
        // period, and must not lose the periods before an evaluation's window (a change reads them).
        return new EvaluationContext(Source, end < AsOf ? end : AsOf, start, Gaps, Pilot, windowStart: null, _compared);
    }

    /// <summary>The observations of <paramref name="indicator"/> at <paramref name="site"/> dated on or before <see cref="AsOf"/>, in date order.</summary>
    public IReadOnlyList<Observation> Observations(IndicatorDefinition indicator, Site site)
    {
        var all = Series(indicator, site);
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

    /// <summary>
    /// <c>indicator</c> or <c>indicator.latest</c>: the last value (within the period, inside a
    /// sustained condition); unknown when there is none, or when it is stale.
    /// </summary>
    public decimal? Latest(IndicatorDefinition indicator, Site site)
    {
        var series = Series(indicator, site);
        var value = SeriesStatistics.Latest(series, AsOf, NotBefore);
        if (value is null)
        {
            Gaps?.Note(indicator, site, DataGapKind.Missing);
            return null;
        }

        if (PeriodStart is null && IsStale(indicator, series))
        {
            Gaps?.Note(indicator, site, DataGapKind.Stale);
            return null;
        }

        return value;
    }

    /// <summary>
    /// The series of <paramref name="indicator"/> at <paramref name="site"/> in date order: what
    /// the site recorded, or for a computed indicator its formula applied period by period to the
    /// values of the indicators it names (<see cref="ComputedSeries"/>).
    /// </summary>
    public IReadOnlyList<Observation> Series(IndicatorDefinition indicator, Site site)
    {
        if (indicator.Formula is not null)
        {
            return ComputedSeries.Of(this, indicator, site);
        }

        var own = Source.Observations(indicator, site);

        // A parent that records nothing itself is the roll-up of its children.
        if (own.Count == 0 && indicator.RollUp is not null && Pilot?.ChildrenOf(site) is { Count: > 0 } children)
        {
            return RolledUpSeries.Of(this, indicator, children);
        }

        return own;
    }

    /// <summary>Whether the latest value of <paramref name="indicator"/> at <paramref name="site"/> is too old to count.</summary>
    public bool IsStale(IndicatorDefinition indicator, Site site) => IsStale(indicator, Series(indicator, site));

    private bool IsStale(IndicatorDefinition indicator, IReadOnlyList<Observation> series)
    {
        if (indicator.StaleAfter is not { } limit)
        {
            return false;
        }

        var count = SeriesStatistics.CountUpTo(series, AsOf);
        if (count == 0)
        {
            return false;
        }

        var unit = indicator.RecordingPeriod;
        return Periods.IndexOf(AsOf, unit) - Periods.IndexOf(series[count - 1].Date, unit) > limit;
    }

    /// <summary><c>indicator.baseline</c> of the programme: the spec's value.</summary>
    public decimal? Baseline(IndicatorDefinition indicator) => indicator.Baseline;

    /// <summary><c>indicator.baseline</c> at a site: its own (<see cref="SiteBaseline"/>).</summary>
    public decimal? Baseline(IndicatorDefinition indicator, Site site) => SiteBaselineOf(indicator, site).Value;

    /// <summary>A site's own baseline and where it comes from.</summary>
    public SiteBaseline SiteBaselineOf(IndicatorDefinition indicator, Site site)
    {
        var baseline = SiteBaseline.Of(indicator, site, Series(indicator, site));
        if (baseline.Value is null)
        {
            Gaps?.Note(indicator, site, DataGapKind.NoBaseline);
        }

        return baseline;
    }

    /// <summary><c>indicator.target</c> of the programme, as an absolute value: the first part of the target.</summary>
    public decimal? Target(IndicatorDefinition indicator) => indicator.Target;

    /// <summary><c>indicator.target</c> at a site: the first part of the target, resolved from the site's own baseline.</summary>
    public decimal? Target(IndicatorDefinition indicator, Site site) =>
        indicator.Targets.Count == 0 ? null : indicator.Targets[0].LevelFrom(Baseline(indicator, site));

    /// <summary>
    /// <c>indicator.change</c> read in the indicator's unit (compared with points or minutes): latest
    /// minus the site's baseline; inside a window, minus the value as the window opened.
    /// </summary>
    public decimal? Change(IndicatorDefinition indicator, Site site) =>
        Arithmetic.Subtract(Latest(indicator, site), ChangeOrigin(indicator, site));

    /// <summary><c>indicator.change</c> read as a relative change (compared with <c>+15%</c>): in percent of what it is measured from.</summary>
    public decimal? RelativeChange(IndicatorDefinition indicator, Site site) =>
        SeriesStatistics.Relative(Change(indicator, site), ChangeOrigin(indicator, site));

    /// <summary>
    /// What a change is measured from: the site's baseline; inside a window, the site's latest
    /// observation dated before the window's first day (the value as the window opened), else
    /// its baseline.
    /// </summary>
    public decimal? ChangeOrigin(IndicatorDefinition indicator, Site site)
    {
        if (WindowStart is { } start && SeriesStatistics.Latest(Series(indicator, site), start.AddDays(-1)) is { } opening)
        {
            return opening;
        }

        return Baseline(indicator, site);
    }

    /// <summary><c>indicator.mean</c>: the mean of the recorded values (within the window, inside one).</summary>
    public decimal? Mean(IndicatorDefinition indicator, Site site) =>
        Noted(indicator, site, SeriesStatistics.Mean(Series(indicator, site), AsOf, WindowStart));

    /// <summary><c>indicator.trend</c> read in the indicator's unit: the fitted change per measurement period (per month if the spec gives no frequency), within the window inside one.</summary>
    public decimal? Trend(IndicatorDefinition indicator, Site site) =>
        Noted(indicator, site, SeriesStatistics.Trend(Series(indicator, site), AsOf, indicator.Frequency ?? PeriodUnit.Month, WindowStart));

    /// <summary>
    /// <c>indicator.grade</c>: the rank of the band its latest value falls in (0 for the lowest,
    /// <see cref="GradeScale.RankOf(decimal?)"/>); unknown when the value is, or when the
    /// indicator has no grades or the value lies below every band.
    /// </summary>
    public decimal? Grade(IndicatorDefinition indicator, Site site) =>
        indicator.Grades is { } grades ? grades.RankOf(Latest(indicator, site)) : null;

    /// <summary><c>indicator.trend</c> read as a relative change: the fitted change per period in percent of the site's baseline.</summary>
    public decimal? RelativeTrend(IndicatorDefinition indicator, Site site) =>
        SeriesStatistics.Relative(Trend(indicator, site), Baseline(indicator, site));

    /// <summary>Progress from the site's baseline (0) to the first part of its target (1) of the latest value.</summary>
    public decimal? Progress(IndicatorDefinition indicator, Site site) =>
        SeriesStatistics.Progress(Latest(indicator, site), Baseline(indicator, site), Target(indicator, site));

    /// <summary>Whether the latest value meets every part of the target, in the indicator's better direction, from the site's own baseline.</summary>
    public bool? TargetReached(IndicatorDefinition indicator, Site site) =>
        SeriesStatistics.TargetReached(Latest(indicator, site), indicator, Baseline(indicator, site));

    private decimal? Noted(IndicatorDefinition indicator, Site site, decimal? value)
    {
        if (value is null)
        {
            Gaps?.Note(indicator, site, DataGapKind.Missing);
        }

        return value;
    }
}
