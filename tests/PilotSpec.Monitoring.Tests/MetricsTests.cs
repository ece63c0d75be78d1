using System.Diagnostics.Metrics;
using static PilotSpec.Monitoring.Tests.TestPilot;

namespace PilotSpec.Monitoring.Tests;

public sealed class MetricsTests
{
    private sealed record Seen(string Instrument, string? Unit, double Value, string? Site, string? Indicator);

    private static List<Seen> Collect(Meter meter)
    {
        var seen = new List<Seen>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (ReferenceEquals(instrument.Meter, meter))
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) =>
        {
            string? site = null, indicator = null;
            foreach (var tag in tags)
            {
                if (tag.Key == MetricNames.SiteTag)
                {
                    site = tag.Value as string;
                }
                else if (tag.Key == MetricNames.IndicatorTag)
                {
                    indicator = tag.Value as string;
                }
            }

            seen.Add(new Seen(instrument.Name, instrument.Unit, value, site, indicator));
        });
        listener.Start();
        listener.RecordObservableInstruments();
        return seen;
    }

    [Fact]
    public void Publishes_the_latest_value_and_progress_per_indicator_and_site()
    {
        var monitor = new PilotMonitor(Definition());
        monitor.Record(ClearanceRate, East, D(2019, 3, 31), 65m);
        monitor.Record(ClearanceRate, East, D(2019, 6, 30), 69.5m);
        monitor.Record(ClearanceRate, West, D(2019, 6, 30), 60m);

        using var metrics = monitor.PublishMetrics();
        var seen = Collect(metrics.Meter);

        Assert.Equal("PilotSpec.PolicingReform", metrics.Meter.Name);
        var values = seen.Where(s => s.Instrument == "clearance_rate").OrderBy(s => s.Site, StringComparer.Ordinal).ToList();
        Assert.Equal(
            [new Seen("clearance_rate", "%", 69.5, "东城区", "clearance_rate"), new Seen("clearance_rate", "%", 60, "西城区", "clearance_rate")],
            values);
        var progress = Assert.Single(seen, s => s.Instrument == "clearance_rate.progress" && s.Site == "东城区");
        Assert.Equal(0.5, progress.Value);
        Assert.DoesNotContain(seen, s => s.Instrument == "response_time");
    }

    [Fact]
    public void Values_recorded_after_publication_starts_are_published()
    {
        var monitor = new PilotMonitor(Definition());
        using var metrics = monitor.PublishMetrics();

        Assert.Empty(Collect(metrics.Meter));
        monitor.Record(ResponseTime, South, D(2019, 6, 30), 14m);

        var seen = Collect(metrics.Meter);
        Assert.Contains(new Seen("response_time", "min", 14, "南城区", "response_time"), seen);
    }

    [Fact]
    public void Non_ascii_indicator_names_get_stable_ascii_instrument_names()
    {
        Assert.Equal("clearance_rate", MetricNames.Value("clearance_rate"));
        Assert.Equal("clearance_rate.progress", MetricNames.Progress("clearance_rate"));
        Assert.Equal("indicator_e8a18ce694bfe69588e78e87", MetricNames.Value("行政效率"));
        Assert.Equal("indicator_5f", MetricNames.Value("_"));
        Assert.Equal(10 + 64, MetricNames.Value(new string('名', 100)).Length);
        Assert.Equal("{officers}", MetricNames.Unit("officers"));
        Assert.Equal("{unit}", MetricNames.Unit("件"));
    }
}
