using System.Text;
using System.Text.RegularExpressions;
using static PilotSpec.Monitoring.Tests.TestPilot;

namespace PilotSpec.Monitoring.Tests.Journal;

/// <summary>Sequence numbers: never reused, never wrapped.</summary>
public sealed class JournalSequenceTests
{
    private static readonly ObservationStoreOptions Today = new() { Clock = Clocks.Fixed(D(2021, 1, 1)) };

    [Fact]
    public void Lines_the_spec_no_longer_has_keep_their_numbers_and_come_back_with_the_spec()
    {
        using var folder = new TempFolder();
        var path = folder.File("shrink.jsonl");
        using (var journal = FileObservationJournal.Open(path, Definition(), Today))
        {
            journal.Store.Record(Daily, East, D(2019, 1, 1), 1m); // seq 1
            journal.Store.Record(Officers, West, D(2019, 1, 1), 1300m); // seq 2
        }

        var smaller = new PilotDefinition("PolicingReform", null, [East], [Daily]);
        using (var journal = FileObservationJournal.Open(path, smaller, Today))
        {
            Assert.Equal(2, journal.LoadReport.LastSequence); // the skipped line's number is taken
            journal.Store.Record(Daily, East, D(2019, 1, 2), 2m); // seq 3, not 2
        }

        Assert.Equal(["1", "2", "3"], Sequences(path));
        var reloaded = FileObservationJournal.Load(path, Definition(), out var report);
        Assert.True(report.IsClean, string.Join("; ", report.Skipped));
        Assert.Equal([1m, 2m], reloaded.Observations(Daily, East).Select(o => o.Value));
        Assert.Equal(new Observation(D(2019, 1, 1), 1300m), Assert.Single(reloaded.Observations(Officers, West)));
    }

    [Fact]
    public void A_replacement_written_while_the_spec_lacked_a_series_is_not_undone_when_it_returns()
    {
        using var folder = new TempFolder();
        var path = folder.File("revert.jsonl");
        using (var journal = FileObservationJournal.Open(path, Definition(), Today))
        {
            journal.Store.Record(Officers, West, D(2019, 5, 3), 1300m); // seq 1, kept while the spec lacks it
            journal.Store.Record(Daily, East, D(2019, 1, 1), 5m); // seq 2
        }

        var withoutOfficers = new PilotDefinition("PolicingReform", null, [East, West], [Daily]);
        using (var journal = FileObservationJournal.Open(path, withoutOfficers, Today))
        {
            journal.Store.Record(Daily, East, D(2019, 1, 1), 6m); // replaces 5: seq 3
        }

        var reloaded = FileObservationJournal.Load(path, Definition(), out var report);
        Assert.True(report.IsClean, string.Join("; ", report.Skipped));
        Assert.Equal([6m], reloaded.Observations(Daily, East).Select(o => o.Value));
        Assert.Equal([1300m], reloaded.Observations(Officers, West).Select(o => o.Value));
    }

    [Fact]
    public void A_journal_at_the_last_sequence_number_refuses_more_and_stays_as_it_was()
    {
        using var folder = new TempFolder();
        var path = folder.File("max.jsonl");
        var last = new JournalLine(long.MaxValue, Daily.Name, East.Code, new Observation(D(2019, 1, 1), 1m)).ToBytes();
        File.WriteAllBytes(path, last);

        using (var journal = FileObservationJournal.Open(path, Definition(), Today))
        {
            Assert.Equal(long.MaxValue, journal.LoadReport.LastSequence);
            var refused = Assert.ThrowsAny<IOException>(() => journal.Store.Record(Daily, East, D(2019, 1, 2), 2m));
            Assert.Contains("sequence", refused.Message, StringComparison.Ordinal);
            Assert.Equal([1m], journal.Store.Observations(Daily, East).Select(o => o.Value));
        }

        Assert.Equal(last, File.ReadAllBytes(path));
        var reloaded = FileObservationJournal.Load(path, Definition(), out var report);
        Assert.True(report.IsClean);
        Assert.Equal(1, reloaded.Count);
    }

    private static string[] Sequences(string path) =>
        File.ReadAllText(path, Encoding.UTF8).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => Regex.Match(line, @"^\{""seq"":(\d+),").Groups[1].Value)
            .ToArray();
}
