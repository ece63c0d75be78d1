using PilotSpec.Tests.Shared;
using static PilotSpec.Monitoring.Tests.TestPilot;

namespace PilotSpec.Monitoring.Tests.Journal;

/// <summary>A full disk: a refused observation is never written later, and closing always releases the lock.</summary>
public sealed class JournalDiskFullTests
{
    private static readonly ObservationStoreOptions Today = new() { Clock = Clocks.Fixed(D(2021, 1, 1)) };

    [Fact]
    public void A_line_the_disk_refused_is_taken_back_and_never_written_when_space_returns()
    {
        using var folder = new TempFolder();
        var path = folder.File("full.jsonl");
        FullDiskStream? disk = null;
        using (var journal = FileObservationJournal.Open(path, Definition(), Today, p => disk = FullDiskStream.Open(p)))
        {
            journal.Store.Record(Daily, East, D(2019, 1, 1), 1m);
            var before = File.ReadAllBytes(path);

            disk!.Capacity = before.Length + 20; // part of the next line fits, not all of it
            Assert.ThrowsAny<IOException>(() => journal.Store.Record(Daily, East, D(2019, 1, 2), 2m));
            Assert.Equal(before, File.ReadAllBytes(path));
            Assert.Equal([1m], journal.Store.Observations(Daily, East).Select(o => o.Value));

            disk.Capacity = long.MaxValue; // space returns
            journal.Store.Record(Daily, East, D(2019, 1, 3), 3m);
        }

        var reloaded = FileObservationJournal.Load(path, Definition(), out var report);
        Assert.True(report.IsClean, string.Join("; ", report.Skipped));
        Assert.Equal([1m, 3m], reloaded.Observations(Daily, East).Select(o => o.Value));
        Assert.Equal(2, report.LastSequence);
    }

    [Fact]
    public void Closing_on_a_full_disk_releases_the_lock_and_the_file_reopens_in_the_same_process()
    {
        using var folder = new TempFolder();
        var path = folder.File("close.jsonl");
        FullDiskStream? disk = null;
        var journal = FileObservationJournal.Open(path, Definition(), Today, p => disk = FullDiskStream.Open(p));
        journal.Store.Record(Daily, East, D(2019, 1, 1), 1m);
        disk!.Capacity = 0;
        disk.FailOnClose = true;
        Assert.ThrowsAny<IOException>(() => journal.Store.Record(Daily, East, D(2019, 1, 2), 2m));

        journal.Dispose();

        using var reopened = FileObservationJournal.Open(path, Definition(), Today);
        Assert.Equal([1m], reopened.Store.Observations(Daily, East).Select(o => o.Value));
    }

    [TmpfsFact]
    public void On_a_real_full_disk_refused_lines_never_reappear_and_acknowledged_ones_all_reload()
    {
        using var disk = Tmpfs.Mount(64);
        var path = Path.Combine(disk.Root, "journal.jsonl");
        var acknowledged = new List<int>();
        var refused = new List<int>();
        using (var journal = FileObservationJournal.Open(path, Definition(), Today))
        {
            journal.Store.Record(Daily, East, D(2000, 1, 1), 0m);
            acknowledged.Add(0);
            var filler = disk.Fill();

            // The journal's last page has room for a few lines; record until the disk says no.
            for (var n = 1; refused.Count < 3 && n < 500; n++)
            {
                try
                {
                    journal.Store.Record(Daily, East, D(2000, 1, 1).AddDays(n), n);
                    if (refused.Count > 0)
                    {
                        Assert.Fail($"observation {n} was accepted after the disk refused {refused[0]}");
                    }

                    acknowledged.Add(n);
                }
                catch (IOException)
                {
                    refused.Add(n);
                }
            }

            Assert.Equal(3, refused.Count);
            File.Delete(filler); // space returns
            journal.Store.Record(Daily, East, D(2000, 1, 1).AddDays(1000), 1000m);
            acknowledged.Add(1000);
        }

        var reloaded = FileObservationJournal.Load(path, Definition(), out var report);
        Assert.True(report.IsClean, string.Join("; ", report.Skipped));
        Assert.Equal(acknowledged.Select(n => (decimal)n), reloaded.Observations(Daily, East).Select(o => o.Value));
    }

    [TmpfsFact]
    public void On_a_real_full_disk_closing_releases_the_lock()
    {
        using var disk = Tmpfs.Mount(64);
        var path = Path.Combine(disk.Root, "journal.jsonl");
        var journal = FileObservationJournal.Open(path, Definition(), Today);
        journal.Store.Record(Daily, East, D(2000, 1, 1), 0m);
        disk.Fill();
        for (var n = 1; n < 500; n++)
        {
            try
            {
                journal.Store.Record(Daily, East, D(2000, 1, 1).AddDays(n), n);
            }
            catch (IOException)
            {
                break;
            }
        }

        journal.Dispose(); // still full

        using var reopened = FileObservationJournal.Open(path, Definition(), Today);
        Assert.True(reopened.LoadReport.IsClean, string.Join("; ", reopened.LoadReport.Skipped));
    }
}
