using System;
using System.Collections.Generic;
using System.Diagnostics.Metrics;

namespace PilotSpec.Monitoring;

/// <summary>
/// A monitor's publication through <see cref="System.Diagnostics.Metrics"/>: one meter per
/// pilot (<c>PilotSpec.&lt;Pilot&gt;</c>) with two observable gauges per indicator, its
/// latest value and its progress, one measurement per site that has data, tagged
/// <c>site</c> and <c>indicator</c>. Values are read when a listener collects, so
/// publishing costs nothing between collections. Dispose to stop publishing.
/// </summary>
public sealed class PilotMetrics : IDisposable
{
    private readonly PilotMonitor _monitor;

    internal PilotMetrics(PilotMonitor monitor, IMeterFactory? meterFactory)
    {
        _monitor = monitor;
        var name = MetricNames.Meter(monitor.Definition.Name);
        Meter = meterFactory is null ? new Meter(name) : meterFactory.Create(new MeterOptions(name));
        foreach (var indicator in monitor.Definition.Indicators)
        {
            var description = indicator.Title ?? indicator.Name;
            Meter.CreateObservableGauge(
                MetricNames.Value(indicator.Name),
                () => Observe(indicator, site => Latest(indicator, site)),
                MetricNames.Unit(indicator.Unit),
                description);
            Meter.CreateObservableGauge(
                MetricNames.Progress(indicator.Name),
                () => Observe(indicator, site => new MonitoredIndicator(_monitor, indicator).At(site).Progress),
                "1",
                "Progress from baseline (0) to target (1): " + description);
        }
    }

    /// <summary>The meter the gauges belong to.</summary>
    public Meter Meter { get; }

    /// <summary>Stops publishing.</summary>
    public void Dispose() => Meter.Dispose();

    private decimal? Latest(IndicatorDefinition indicator, Site site)
    {
        var observations = _monitor.Store.Observations(indicator, site);
        return observations.Count == 0 ? null : observations[observations.Count - 1].Value;
    }

    private IEnumerable<Measurement<double>> Observe(IndicatorDefinition indicator, Func<Site, decimal?> read)
    {
        var measurements = new List<Measurement<double>>();
        foreach (var site in _monitor.Definition.Sites)
        {
            if (read(site) is { } value)
            {
                measurements.Add(new Measurement<double>(
                    (double)value,
                    new KeyValuePair<string, object?>(MetricNames.SiteTag, site.Code),
                    new KeyValuePair<string, object?>(MetricNames.IndicatorTag, indicator.Name)));
            }
        }

        return measurements;
    }
}
