using static PilotSpec.Monitoring.Tests.TestPilot;

namespace PilotSpec.Monitoring.Tests.Journal;

/// <summary>What a reload would skip is refused when it is recorded, whatever store it comes through.</summary>
public sealed class JournalMembershipTests
{
    private static readonly ObservationStoreOptions Today = new() { Clock = Clocks.Fixed(D(2021, 1, 1)) };
    private static readonly IndicatorDefinition Ghost = new("ghost_rate", unit: "percent");
    private static readonly Site North = new("北城区");

    [Fact]
    public void A_monitor_over_a_store_of_no_pilot_cannot_journal_an_unknown_indicator_or_site()
    {
        using var folder = new TempFolder();
        var path = folder.File("members.jsonl");
        var monitor = new PilotMonitor(Definition(), new ObservationStore(Today)); // the store itself knows no pilot
        using (var journal = FileObservationJournal.Open(path, monitor))
        {
            var indicator = Assert.Throws<ObservationRejectedException>(() => monitor.Store.Record(Ghost, East, D(2019, 1, 1), 1m));
            Assert.Equal(RejectionReason.UnknownIndicator, indicator.Reason);
            var site = Assert.Throws<ObservationRejectedException>(() => monitor.Store.Record(Daily, North, D(2019, 1, 1), 1m));
            Assert.Equal(RejectionReason.UnknownSite, site.Reason);
            Assert.Equal(0, monitor.Store.Count);
            monitor.Store.Record(Daily, East, D(2019, 1, 1), 1m);
        }

        FileObservationJournal.Load(path, Definition(), out var report);
        Assert.True(report.IsClean, string.Join("; ", report.Skipped));
        Assert.Equal(1, report.ObservationsReplayed);
    }

    [Fact]
    public void A_monitor_s_own_store_knows_its_pilot()
    {
        var monitor = new PilotMonitor(Definition());

        Assert.Throws<ObservationRejectedException>(() => monitor.Store.Record(Ghost, East, D(2019, 1, 1), 1m));
        Assert.Throws<ObservationRejectedException>(() => monitor.Store.Record(Daily, North, D(2019, 1, 1), 1m));
        Assert.Equal(0, monitor.Store.Count);
    }
}
