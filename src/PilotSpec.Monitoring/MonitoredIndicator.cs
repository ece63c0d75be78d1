using System;

namespace PilotSpec.Monitoring;

/// <summary>One indicator of a monitor: pick a site with <see cref="At"/> to record or read.</summary>
public sealed class MonitoredIndicator
{
    // The store's series of this indicator, one slot per site of the pilot (by position),
    // filled on the first recording at the site: later recordings skip the store's lookup.
    private readonly ObservationStore.Series?[] _seriesBySite;

    /// <summary>Binds <paramref name="definition"/> to <paramref name="monitor"/>; it must be one of the pilot's indicators.</summary>
    public MonitoredIndicator(PilotMonitor monitor, IndicatorDefinition definition)
    {
        Monitor = monitor ?? throw new ArgumentNullException(nameof(monitor));
        Definition = definition ?? throw new ArgumentNullException(nameof(definition));
        if (!ReferenceEquals(monitor.Definition.FindIndicator(definition.Name), definition))
        {
            throw new ArgumentException($"The indicator '{definition.Name}' is not one of pilot {monitor.Definition.Name}.", nameof(definition));
        }

        _seriesBySite = new ObservationStore.Series?[monitor.Definition.Sites.Count];
    }

    /// <summary>The monitor.</summary>
    public PilotMonitor Monitor { get; }

    /// <summary>What the spec says of the indicator.</summary>
    public IndicatorDefinition Definition { get; }

    /// <summary>The indicator at one of the pilot's sites: a small value that allocates nothing.</summary>
    /// <exception cref="ArgumentException">The site is not one of the pilot's.</exception>
    public IndicatorAtSite At(Site site)
    {
        if (site is null)
        {
            throw new ArgumentNullException(nameof(site));
        }

        // The indicator was checked once, in the constructor (definitions are immutable);
        // the site is checked here, by a lookup that also gives its slot.
        var index = Monitor.Definition.IndexOfSite(site);
        if (index < 0)
        {
            throw new ArgumentException($"The site '{site.Code}' is not one of pilot {Monitor.Definition.Name}.", nameof(site));
        }

        return new IndicatorAtSite(this, site, index);
    }

    /// <inheritdoc/>
    public override string ToString() => Definition.Name;

    internal RecordOutcome Record(Site site, int siteIndex, DateTime date, decimal value) =>
        Monitor.Store.RecordCached(Definition, site, date, value, ref _seriesBySite[siteIndex]);
}
