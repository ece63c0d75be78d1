using System;
using System.Collections.Generic;

namespace PilotSpec.Monitoring;

/// <summary>One indicator of a monitor: pick a site with <see cref="At"/> to record or read.</summary>
public sealed class MonitoredIndicator
{
    /// <summary>Binds <paramref name="definition"/> to <paramref name="monitor"/>; it must be one of the pilot's indicators.</summary>
    public MonitoredIndicator(PilotMonitor monitor, IndicatorDefinition definition)
    {
        Monitor = monitor ?? throw new ArgumentNullException(nameof(monitor));
        Definition = definition ?? throw new ArgumentNullException(nameof(definition));
        if (!ReferenceEquals(monitor.Definition.FindIndicator(definition.Name), definition))
        {
            throw new ArgumentException($"The indicator '{definition.Name}' is not one of pilot {monitor.Definition.Name}.", nameof(definition));
        }
    }

    /// <summary>The monitor.</summary>
    public PilotMonitor Monitor { get; }

    /// <summary>What the spec says of the indicator.</summary>
    public IndicatorDefinition Definition { get; }

    /// <summary>The indicator at one of the pilot's sites.</summary>
    public IndicatorAtSite At(Site site)
    {
        Monitor.CheckMember(Definition, site);
        return new IndicatorAtSite(this, site);
    }

    /// <inheritdoc/>
    public override string ToString() => Definition.Name;
}

/// <summary>One indicator at one site: record its values, read its series and progress.</summary>
public sealed class IndicatorAtSite
{
    internal IndicatorAtSite(MonitoredIndicator indicator, Site site)
    {
        Indicator = indicator;
        Site = site;
    }

    /// <summary>The indicator.</summary>
    public MonitoredIndicator Indicator { get; }

    /// <summary>The site.</summary>
    public Site Site { get; }

    /// <summary>Records <paramref name="value"/> measured on <paramref name="date"/> (percentages as numbers of percent: 62 for 62%).</summary>
    /// <returns>Whether it was new, replaced a value of the same period, or was already recorded.</returns>
    /// <exception cref="ObservationRejectedException">The date is after today or the value is out of range.</exception>
    public RecordOutcome Record(DateTime date, decimal value) =>
        Indicator.Monitor.Store.Record(Indicator.Definition, Site, date, value);

    /// <summary>Records a floating-point value; NaN and infinities are refused, as no spec can judge them.</summary>
    /// <exception cref="ObservationRejectedException">The value is NaN or infinite, or the store refuses it.</exception>
    public RecordOutcome Record(DateTime date, double value) =>
        Record(date, ObservationValidation.Finite(Indicator.Definition, Site, date, value));

    /// <summary>Every recorded observation, in date order.</summary>
    public IReadOnlyList<Observation> Observations => Indicator.Monitor.Store.Observations(Indicator.Definition, Site);

    /// <summary>The latest recorded value, or null.</summary>
    public decimal? Latest => Observations is { Count: > 0 } all ? all[all.Count - 1].Value : null;

    /// <summary>Progress of the latest value from baseline (0) to target (1); null while unknown.</summary>
    public decimal? Progress => SeriesStatistics.Progress(Latest, Indicator.Definition.Baseline, Indicator.Definition.Target);

    /// <summary>Whether the latest value is at or beyond the target in the better direction; null while unknown.</summary>
    public bool? TargetReached => SeriesStatistics.TargetReached(Latest, Indicator.Definition);

    /// <inheritdoc/>
    public override string ToString() => Indicator.Definition.Name + " at " + Site.Code;
}
