using System.Text;
using static PilotSpec.Monitoring.Tests.TestPilot;

namespace PilotSpec.Monitoring.Tests;

public sealed class FileJournalTests
{
    private static readonly ObservationStoreOptions Today = new() { Clock = Clocks.Fixed(D(2021, 1, 1)) };

    [Fact]
    public void Reloading_gives_the_same_state_replacements_included()
    {
        using var folder = new TempFolder();
        var path = folder.File("data/policing.jsonl"); // the folder is created
        ObservationStore written;
        using (var journal = FileObservationJournal.Open(path, Definition(), Today))
        {
            written = journal.Store;
            RecordSample(written);
        }

        var reloaded = FileObservationJournal.Load(path, Definition(), out var report);

        Assert.True(report.IsClean, report.ToString());
        Assert.Equal(8, report.ObservationsReplayed);
        Assert.Equal(8, report.LastSequence);
        AssertSameState(written, reloaded);
        Assert.Equal(new Observation(D(2019, 3, 31), 63.50m), Assert.Single(reloaded.Observations(ClearanceRate, East)));
    }

    [Fact]
    public void Values_keep_every_digit_through_the_file()
    {
        using var folder = new TempFolder();
        var path = folder.File("values.jsonl");
        decimal[] values = [0m, -0.5m, 63.50m, 0.0000000001m, 79228162514264337593543950335m, -79228162514264337593543950335m, 1.2345678901234567890123456789m];
        using (var journal = FileObservationJournal.Open(path, Definition(), Today))
        {
            for (var i = 0; i < values.Length; i++)
            {
                journal.Store.Record(Daily, East, D(2019, 1, 1 + i), values[i]);
            }
        }

        var reloaded = FileObservationJournal.Load(path, Definition(), out var report);

        Assert.True(report.IsClean, string.Join("\n", report.Skipped));
        Assert.Equal(values, reloaded.Observations(Daily, East).Select(o => o.Value));
    }

    [Fact]
    public void Each_accepted_observation_is_one_line_and_a_re_send_writes_nothing()
    {
        using var folder = new TempFolder();
        var path = folder.File("lines.jsonl");
        using var journal = FileObservationJournal.Open(path, Definition(), Today);

        Assert.Equal(RecordOutcome.Added, journal.Store.Record(ClearanceRate, East, D(2019, 3, 31), 63m));
        Assert.Equal(RecordOutcome.Unchanged, journal.Store.Record(ClearanceRate, East, D(2019, 3, 31), 63m));
        Assert.Equal(RecordOutcome.Replaced, journal.Store.Record(ClearanceRate, East, D(2019, 3, 30), 64m));
        Assert.Throws<ObservationRejectedException>(() => journal.Store.Record(ClearanceRate, East, D(2019, 3, 30), 164m));

        // Flushed before Record returned: another reader sees both lines while the journal is open.
        var lines = ReadLines(path);
        Assert.Equal(2, lines.Length);
        Assert.Matches(@"^\{""seq"":1,""indicator"":""clearance_rate"",""site"":""东城区"",""date"":""2019-03-31"",""value"":63,""crc"":""[0-9a-f]{8}""\}$", lines[0]);
        Assert.StartsWith("""{"seq":2,"indicator":"clearance_rate","site":"东城区","date":"2019-03-30","value":64,""", lines[1]);
    }

    [Fact]
    public void Reopening_continues_the_sequence_and_keeps_earlier_lines()
    {
        using var folder = new TempFolder();
        var path = folder.File("reopen.jsonl");
        using (var journal = FileObservationJournal.Open(path, Definition(), Today))
        {
            journal.Store.Record(Daily, East, D(2019, 1, 1), 1m);
        }

        using (var journal = FileObservationJournal.Open(path, Definition(), Today))
        {
            Assert.Equal(1, journal.LoadReport.ObservationsReplayed);
            Assert.Equal(RecordOutcome.Unchanged, journal.Store.Record(Daily, East, D(2019, 1, 1), 1m));
            journal.Store.Record(Daily, East, D(2019, 1, 2), 2m);
        }

        var reloaded = FileObservationJournal.Load(path, Definition(), out var report);
        Assert.True(report.IsClean);
        Assert.Equal(2, report.LastSequence);
        Assert.Equal([1m, 2m], reloaded.Observations(Daily, East).Select(o => o.Value));
    }

    [Fact]
    public void A_last_line_torn_at_any_byte_is_skipped_and_reported_and_every_line_before_it_kept()
    {
        using var folder = new TempFolder();
        var path = folder.File("whole.jsonl");
        ObservationStore complete;
        using (var journal = FileObservationJournal.Open(path, Definition(), Today))
        {
            complete = journal.Store;
            RecordSample(complete);
        }

        var whole = File.ReadAllBytes(path);
        var lastStart = Array.LastIndexOf(whole, (byte)'\n', whole.Length - 2) + 1;
        var allButLast = FileObservationJournal.Load(WriteFile(folder, "head.jsonl", whole[..lastStart]), Definition(), out _);
        Assert.Equal(complete.Count, allButLast.Count + 1); // the sample's last line adds an observation

        // Every crash point inside the last line's write: from its first byte to all but its newline.
        for (var cut = lastStart + 1; cut < whole.Length; cut++)
        {
            var torn = WriteFile(folder, "torn.jsonl", whole[..cut]);

            var reloaded = FileObservationJournal.Load(torn, Definition(), out var report);

            AssertSameState(allButLast, reloaded);
            var skipped = Assert.Single(report.Skipped);
            Assert.Equal(8, skipped.LineNumber);
            Assert.Equal(lastStart, skipped.ByteOffset);
            Assert.Equal(JournalLineProblem.Incomplete, skipped.Problem);
            Assert.Equal(7, report.ObservationsReplayed);

            // Opening it to write cuts the torn bytes off, so the next line starts clean.
            using (var journal = FileObservationJournal.Open(torn, Definition(), Today))
            {
                Assert.Equal(cut - lastStart, journal.LoadReport.TruncatedBytes);
                journal.Store.Record(Daily, South, D(2019, 9, 9), 9m);
            }

            var after = FileObservationJournal.Load(torn, Definition(), out var afterReport);
            Assert.True(afterReport.IsClean, $"cut at {cut}: {string.Join("; ", afterReport.Skipped)}");
            Assert.Equal(allButLast.Count + 1, after.Count);
            Assert.Equal(8, afterReport.LastSequence);
        }
    }

    [Theory]
    [InlineData("{\"seq\":9,\"indicator\":\"daily_ca")]
    [InlineData("\0\0\0\0\0\0\0\0")]
    [InlineData("garbage\n")]
    [InlineData("{\"seq\":9}\n")]
    [InlineData("\n")]
    public void Garbage_after_the_last_line_is_skipped_and_reported(string garbage)
    {
        using var folder = new TempFolder();
        var path = folder.File("garbage.jsonl");
        ObservationStore complete;
        using (var journal = FileObservationJournal.Open(path, Definition(), Today))
        {
            complete = journal.Store;
            RecordSample(complete);
        }

        File.AppendAllText(path, garbage);
        var reloaded = FileObservationJournal.Load(path, Definition(), out var report);

        AssertSameState(complete, reloaded);
        var skipped = Assert.Single(report.Skipped);
        Assert.Equal(9, skipped.LineNumber);
        Assert.Contains("line 9", skipped.ToString());
    }

    [Fact]
    public void A_damaged_line_in_the_middle_is_skipped_and_reported_and_the_lines_after_it_still_count()
    {
        using var folder = new TempFolder();
        var path = folder.File("middle.jsonl");
        using (var journal = FileObservationJournal.Open(path, Definition(), Today))
        {
            journal.Store.Record(Daily, East, D(2019, 1, 1), 1m);
            journal.Store.Record(Daily, East, D(2019, 1, 2), 27m);
            journal.Store.Record(Daily, East, D(2019, 1, 3), 3m);
        }

        // A flipped digit still parses as JSON; only the checksum catches it.
        var text = File.ReadAllText(path);
        File.WriteAllText(path, text.Replace("\"value\":27", "\"value\":21"));

        var reloaded = FileObservationJournal.Load(path, Definition(), out var report);

        Assert.Equal([1m, 3m], reloaded.Observations(Daily, East).Select(o => o.Value));
        var skipped = Assert.Single(report.Skipped);
        Assert.Equal(2, skipped.LineNumber);
        Assert.Equal(JournalLineProblem.ChecksumMismatch, skipped.Problem);
        Assert.Equal(3, report.LastSequence);
    }

    [Fact]
    public void A_duplicated_line_is_not_replayed_twice()
    {
        using var folder = new TempFolder();
        var path = folder.File("dup.jsonl");
        using (var journal = FileObservationJournal.Open(path, Definition(), Today))
        {
            journal.Store.Record(ResponseTime, East, D(2019, 1, 1), 19m);
            journal.Store.Record(ResponseTime, East, D(2019, 1, 2), 18m);
        }

        var lines = ReadLines(path);
        File.WriteAllText(path, lines[0] + "\n" + lines[1] + "\n" + lines[0] + "\n");
        var reloaded = FileObservationJournal.Load(path, Definition(), out var report);

        Assert.Equal(new Observation(D(2019, 1, 2), 18m), Assert.Single(reloaded.Observations(ResponseTime, East)));
        Assert.Equal(JournalLineProblem.OutOfSequence, Assert.Single(report.Skipped).Problem);
    }

    [Fact]
    public void Lines_of_indicators_or_sites_the_spec_no_longer_has_are_reported()
    {
        using var folder = new TempFolder();
        var path = folder.File("spec-changed.jsonl");
        using (var journal = FileObservationJournal.Open(path, Definition(), Today))
        {
            journal.Store.Record(Daily, East, D(2019, 1, 1), 1m);
            journal.Store.Record(Officers, West, D(2019, 1, 1), 1300m);
        }

        var smaller = new PilotDefinition("PolicingReform", null, [East], [Daily]);
        var reloaded = FileObservationJournal.Load(path, smaller, out var report);

        Assert.Equal(1, reloaded.Count);
        Assert.Equal(JournalLineProblem.UnknownIndicator, Assert.Single(report.Skipped).Problem);
    }

    [Fact]
    public void Out_of_order_dates_stay_ordered_and_reload_the_same()
    {
        using var folder = new TempFolder();
        var path = folder.File("order.jsonl");
        var clock = new ManualClock(D(2019, 12, 31));
        ObservationStore written;
        using (var journal = FileObservationJournal.Open(path, Definition(), new ObservationStoreOptions { Clock = clock }))
        {
            written = journal.Store;
            written.Record(ResponseTime, East, D(2019, 7, 3), 17m);
            written.Record(ResponseTime, East, D(2019, 5, 3), 19m);
            written.Record(ResponseTime, East, D(2019, 7, 20), 16m); // replaces July
            written.Record(ResponseTime, East, D(2019, 6, 3), 18m);
        }

        // The clock goes back before the data: replaying must not lose what was accepted.
        clock.Today = D(2019, 1, 1);
        var reloaded = FileObservationJournal.Load(path, Definition(), out var report, new ObservationStoreOptions { Clock = clock });

        Assert.True(report.IsClean);
        Assert.Equal([D(2019, 5, 3), D(2019, 6, 3), D(2019, 7, 20)], reloaded.Observations(ResponseTime, East).Select(o => o.Date));
        Assert.Equal([19m, 18m, 16m], reloaded.Observations(ResponseTime, East).Select(o => o.Value));
        AssertSameState(written, reloaded);
    }

    [Fact]
    public void Concurrent_recording_through_the_journal_loses_nothing_and_never_interleaves_lines()
    {
        using var folder = new TempFolder();
        var path = folder.File("concurrent.jsonl");
        const int threads = 8;
        const int perThread = 250;
        var start = D(2000, 1, 1);
        var written = 0;
        ObservationStore live;
        using (var journal = FileObservationJournal.Open(path, Definition(), Today))
        {
            live = journal.Store;
            using var barrier = new Barrier(threads);
            var failures = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
            var workers = Enumerable.Range(0, threads).Select(thread => new Thread(() =>
            {
                barrier.SignalAndWait();
                try
                {
                    for (var i = 0; i < perThread; i++)
                    {
                        var n = (i * threads) + thread;
                        live.Record(Daily, thread % 2 == 0 ? East : South, start.AddDays(n), n);
                        // Everyone also fights over one month: the file must end on the value memory ends on.
                        if (live.Record(ResponseTime, West, D(2019, 5, 1 + (n % 28)), n) != RecordOutcome.Unchanged)
                        {
                            Interlocked.Increment(ref written);
                        }
                    }
                }
                catch (Exception e)
                {
                    failures.Enqueue(e);
                }
            })).ToList();
            workers.ForEach(w => w.Start());
            workers.ForEach(w => w.Join());
            Assert.Empty(failures);
        }

        var reloaded = FileObservationJournal.Load(path, Definition(), out var report);

        Assert.True(report.IsClean, string.Join("; ", report.Skipped.Take(3)));
        Assert.Equal((threads * perThread) + 1, reloaded.Count);
        Assert.Equal((threads * perThread) + written, report.ObservationsReplayed);
        Assert.Equal(report.ObservationsReplayed, report.LastSequence);
        Assert.Equal(report.ObservationsReplayed, ReadLines(path).Length);
        AssertSameState(live, reloaded);
    }

    [Fact]
    public void A_generated_monitor_opens_its_journal_before_recording()
    {
        using var folder = new TempFolder();
        var path = folder.File("monitor.jsonl");
        using (var journal = FileObservationJournal.Open(path, new PilotMonitor(Definition(), new ObservationStore(Today))))
        {
            new MonitoredIndicator(new PilotMonitor(Definition(), journal.Store), ClearanceRate).At(East).Record(D(2019, 3, 31), 63m);
        }

        var monitor = new PilotMonitor(Definition(), new ObservationStore(Today));
        using var reopened = FileObservationJournal.Open(path, monitor);

        Assert.Same(monitor.Store, reopened.Store);
        Assert.Same(reopened, monitor.Store.Journal);
        Assert.Equal(63m, new MonitoredIndicator(monitor, ClearanceRate).At(East).Latest);
        Assert.Throws<InvalidOperationException>(() => FileObservationJournal.Open(folder.File("other.jsonl"), monitor));
    }

    [Fact]
    public void A_closed_journal_refuses_further_recordings_and_the_store_stays_as_it_was()
    {
        using var folder = new TempFolder();
        var journal = FileObservationJournal.Open(folder.File("closed.jsonl"), Definition(), Today);
        journal.Store.Record(Daily, East, D(2019, 1, 1), 1m);
        journal.Dispose();

        Assert.Throws<ObjectDisposedException>(() => journal.Store.Record(Daily, East, D(2019, 1, 2), 2m));
        Assert.Throws<ObjectDisposedException>(() => journal.Store.Record(Daily, East, D(2019, 1, 1), 5m));
        Assert.Equal([1m], journal.Store.Observations(Daily, East).Select(o => o.Value));
    }

    [Fact]
    public void A_second_writer_on_the_same_file_is_refused()
    {
        using var folder = new TempFolder();
        var path = folder.File("one-writer.jsonl");
        using var first = FileObservationJournal.Open(path, Definition(), Today);

        Assert.ThrowsAny<IOException>(() => FileObservationJournal.Open(path, Definition(), Today));
        first.Dispose();
        using var second = FileObservationJournal.Open(path, Definition(), Today); // free again once closed
    }

    // Eight lines: three series, a replacement, out-of-order dates, a Chinese site.
    private static void RecordSample(ObservationStore store)
    {
        store.Record(ClearanceRate, East, D(2019, 3, 1), 60m);
        store.Record(ClearanceRate, East, D(2019, 3, 31), 63.50m);
        store.Record(ClearanceRate, South, D(2019, 6, 30), 58.25m);
        store.Record(ResponseTime, East, D(2019, 7, 3), 17m);
        store.Record(ResponseTime, East, D(2019, 5, 3), 19m);
        store.Record(Officers, West, D(2019, 5, 3), 1300m);
        store.Record(Daily, South, D(2019, 1, 1), -4m);
        store.Record(Daily, East, D(2019, 1, 2), 12m);
    }

    private static void AssertSameState(ObservationStore expected, ObservationStore actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        foreach (var indicator in Definition().Indicators)
        {
            foreach (var site in Definition().Sites)
            {
                Assert.Equal(expected.Observations(indicator, site), actual.Observations(indicator, site));
            }
        }
    }

    private static string WriteFile(TempFolder folder, string name, byte[] bytes)
    {
        var path = folder.File(name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static string[] ReadLines(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd().Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}
