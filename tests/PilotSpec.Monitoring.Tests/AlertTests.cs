using static PilotSpec.Monitoring.Tests.TestPilot;

namespace PilotSpec.Monitoring.Tests;

/// <summary>`alert slow_response { when: response_time > 20 minutes for 2 consecutive months at any site }`.</summary>
public sealed class AlertTests
{
    private static bool? SlowAt(EvaluationContext c, Site s) =>
        Sustained.Holds(c, [s], [ResponseTime], 2, PeriodUnit.Month, p => Compare.Greater(p.Latest(ResponseTime, s), 20m));

    private static readonly AlertDefinition SlowResponse = new(
        "slow_response",
        "Response time too slow",
        "response_time > 20 minutes for 2 consecutive months at any site",
        ["owner"],
        "warning",
        c => Quantify.Any(PilotSites, s => SlowAt(c, s)),
        PilotSites,
        SlowAt);

    [Fact]
    public void Fires_and_names_the_sites_where_the_condition_holds()
    {
        var monitor = new PilotMonitor(Definition(alerts: [SlowResponse]));
        monitor.Record(ResponseTime, East, D(2019, 5, 31), 22m);
        monitor.Record(ResponseTime, East, D(2019, 6, 30), 23m);
        monitor.Record(ResponseTime, South, D(2019, 5, 31), 22m);
        monitor.Record(ResponseTime, South, D(2019, 6, 30), 15m);

        var result = Assert.Single(monitor.CheckAlerts(D(2019, 6, 30)));

        Assert.True(result.Fired);
        Assert.Equal([East], result.Sites);
        Assert.Equal(["owner"], result.Alert.Notify);
        Assert.Single(monitor.FiredAlerts(D(2019, 6, 30)));
    }

    [Fact]
    public void Stays_quiet_after_one_slow_month()
    {
        var monitor = new PilotMonitor(Definition(alerts: [SlowResponse]));
        monitor.Record(ResponseTime, East, D(2019, 5, 31), 15m);
        monitor.Record(ResponseTime, East, D(2019, 6, 30), 23m);
        monitor.Record(ResponseTime, South, D(2019, 5, 31), 15m);
        monitor.Record(ResponseTime, South, D(2019, 6, 30), 15m);

        var result = new MonitoredAlert(monitor, SlowResponse).Check(D(2019, 6, 30));

        Assert.False(result.Fired);
        Assert.Equal(false, result.State);
        Assert.Empty(result.Sites);
        Assert.Empty(monitor.FiredAlerts(D(2019, 6, 30)));
    }
}
