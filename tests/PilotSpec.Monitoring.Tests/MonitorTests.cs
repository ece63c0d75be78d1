using static PilotSpec.Monitoring.Tests.TestPilot;

namespace PilotSpec.Monitoring.Tests;

public sealed class MonitorTests
{
    [Fact]
    public void Records_through_an_indicator_at_a_site()
    {
        var monitor = new PilotMonitor(Definition());
        var east = new MonitoredIndicator(monitor, ClearanceRate).At(East);

        Assert.Equal(RecordOutcome.Added, east.Record(D(2019, 3, 31), 65m));
        Assert.Equal(RecordOutcome.Added, east.Record(D(2019, 6, 30), 69.5));

        Assert.Equal(69.5m, east.Latest);
        Assert.Equal(0.5m, east.Progress);
        Assert.False(east.TargetReached);
        Assert.Equal(2, east.Observations.Count);
    }

    [Fact]
    public void Refuses_sites_and_indicators_of_another_pilot()
    {
        var monitor = new PilotMonitor(Definition());
        var stranger = new Site("北城区");
        var foreign = new IndicatorDefinition("clearance_rate");

        Assert.Equal(RejectionReason.UnknownSite, Assert.Throws<ObservationRejectedException>(() => monitor.Record(ClearanceRate, stranger, D(2019, 1, 1), 1m)).Reason);
        Assert.Equal(RejectionReason.UnknownIndicator, Assert.Throws<ObservationRejectedException>(() => monitor.Record(foreign, East, D(2019, 1, 1), 1m)).Reason);
        Assert.Throws<ArgumentException>(() => new MonitoredIndicator(monitor, ClearanceRate).At(stranger));
        Assert.Throws<ArgumentException>(() => new MonitoredIndicator(monitor, foreign));
        Assert.Equal(0, monitor.Store.Count);
    }

    [Fact]
    public void Refuses_values_no_criterion_can_judge()
    {
        var east = new MonitoredIndicator(new PilotMonitor(Definition()), ClearanceRate).At(East);

        Assert.Equal(RejectionReason.NotFinite, Assert.Throws<ObservationRejectedException>(() => east.Record(D(2019, 1, 1), double.NaN)).Reason);
        Assert.Equal(RejectionReason.NotFinite, Assert.Throws<ObservationRejectedException>(() => east.Record(D(2019, 1, 1), double.PositiveInfinity)).Reason);
        Assert.Equal(RejectionReason.NotFinite, Assert.Throws<ObservationRejectedException>(() => east.Record(D(2019, 1, 1), double.NegativeInfinity)).Reason);
        Assert.Empty(east.Observations);
    }

    [Fact]
    public void Two_monitors_share_nothing_unless_given_one_store()
    {
        var first = new PilotMonitor(Definition());
        var second = new PilotMonitor(Definition());
        var shared = new PilotMonitor(Definition(), first.Store);

        first.Record(ClearanceRate, East, D(2019, 3, 31), 65m);

        Assert.Equal(0, second.Store.Count);
        Assert.Equal(1, shared.Store.Count);
    }

    [Fact]
    public void A_definition_refuses_duplicate_codes_and_names()
    {
        Assert.Throws<ArgumentException>(() => new PilotDefinition("p", null, [East, new Site("东城区")], []));
        Assert.Throws<ArgumentException>(() => new PilotDefinition("p", null, [], [ClearanceRate, new IndicatorDefinition("clearance_rate")]));
    }
}
