using System;
using System.Collections.Generic;

namespace PilotSpec.Monitoring;

/// <summary>
/// One indicator at one site: record its values, read its series and progress. A value, not
/// an object: <c>monitor.Indicators.X.At(site).Record(date, value)</c> runs millions of times
/// a second at national scale and must not allocate. Get one from <see cref="MonitoredIndicator.At"/>;
/// the default value is bound to nothing and refuses every use.
/// </summary>
public readonly struct IndicatorAtSite : IEquatable<IndicatorAtSite>
{
    private readonly MonitoredIndicator? _indicator;
    private readonly Site? _site;
    private readonly int _siteIndex;

    internal IndicatorAtSite(MonitoredIndicator indicator, Site site, int siteIndex)
    {
        _indicator = indicator;
        _site = site;
        _siteIndex = siteIndex;
    }

    /// <summary>The indicator.</summary>
    public MonitoredIndicator Indicator => _indicator ?? throw Unbound();

    /// <summary>The site.</summary>
    public Site Site => _site ?? throw Unbound();

    /// <summary>Records <paramref name="value"/> measured on <paramref name="date"/> (percentages as numbers of percent: 62 for 62%).</summary>
    /// <returns>Whether it was new, replaced a value of the same period, or was already recorded.</returns>
    /// <exception cref="ObservationRejectedException">The date is after today or the value is out of range.</exception>
    public RecordOutcome Record(DateTime date, decimal value) => Indicator.Record(Site, _siteIndex, date, value);

    /// <summary>Records a floating-point value; NaN and infinities are refused, as no spec can judge them.</summary>
    /// <exception cref="ObservationRejectedException">The value is NaN or infinite, or the store refuses it.</exception>
    public RecordOutcome Record(DateTime date, double value) =>
        Record(date, ObservationValidation.Finite(Indicator.Definition, Site, date, value));

    /// <summary>Every recorded observation, in date order.</summary>
    public IReadOnlyList<Observation> Observations => Indicator.Monitor.Store.Observations(Indicator.Definition, Site);

    /// <summary>The latest recorded value, or null.</summary>
    public decimal? Latest => Observations is { Count: > 0 } all ? all[all.Count - 1].Value : null;

    /// <summary>The site's own baseline (<see cref="SiteBaseline"/>): stated for the site, observed on or before the baseline date, or the programme's.</summary>
    public SiteBaseline Baseline => SiteBaseline.Of(Indicator.Definition, Site, Observations);

    /// <summary>Progress of the latest value from the site's baseline (0) to the first part of its target (1); null while unknown.</summary>
    public decimal? Progress
    {
        get
        {
            var baseline = Baseline.Value;
            var target = Indicator.Definition.Targets.Count == 0 ? null : Indicator.Definition.Targets[0].LevelFrom(baseline);
            return SeriesStatistics.Progress(Latest, baseline, target);
        }
    }

    /// <summary>Whether the latest value meets every part of the target in the better direction, from the site's baseline; null while unknown.</summary>
    public bool? TargetReached => SeriesStatistics.TargetReached(Latest, Indicator.Definition, Baseline.Value);

    /// <summary>Whether both are the same indicator handle at the same site.</summary>
    public static bool operator ==(IndicatorAtSite left, IndicatorAtSite right) => left.Equals(right);

    /// <summary>Whether they differ in indicator handle or site.</summary>
    public static bool operator !=(IndicatorAtSite left, IndicatorAtSite right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(IndicatorAtSite other) => ReferenceEquals(_indicator, other._indicator) && Equals(_site, other._site);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is IndicatorAtSite other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => ((_indicator?.GetHashCode() ?? 0) * 397) ^ (_site?.GetHashCode() ?? 0);

    /// <inheritdoc/>
    public override string ToString() => _indicator is null ? "(no indicator)" : Indicator.Definition.Name + " at " + Site.Code;

    private static InvalidOperationException Unbound() =>
        new InvalidOperationException("This IndicatorAtSite is a default value: get one from MonitoredIndicator.At(site).");
}
