using System.Text;
using static PilotSpec.Monitoring.Tests.TestPilot;

namespace PilotSpec.Monitoring.Tests.Journal;

/// <summary>One writer per journal, with locks that cannot race.</summary>
public sealed class JournalWriterLockTests
{
    private static readonly ObservationStoreOptions Today = new() { Clock = Clocks.Fixed(D(2021, 1, 1)) };

    [Fact]
    public void The_lock_file_stays_after_close_so_two_writers_cannot_lock_different_files()
    {
        using var folder = new TempFolder();
        var path = folder.File("keep.jsonl");
        using (FileObservationJournal.Open(path, Definition(), Today))
        {
            Assert.True(File.Exists(path + ".lock"));
        }

        Assert.True(File.Exists(path + ".lock"));
        using var again = FileObservationJournal.Open(path, Definition(), Today); // kept, but unlocked
        Assert.ThrowsAny<IOException>(() => FileObservationJournal.Open(path, Definition(), Today));
    }

    [Fact]
    public void A_writer_in_another_process_is_kept_out_by_the_journal_s_own_lock_even_without_the_lock_file()
    {
        using var folder = new TempFolder();
        var path = folder.File("own-lock.jsonl");
        using (var journal = FileObservationJournal.Open(path, JournalWriterProcess.Pilot))
        {
            File.Delete(path + ".lock"); // someone "cleans up" what looks like a stale lock

            using var other = JournalWriterProcess.Run("open", path);
            var said = other.Process.StandardOutput.ReadLine();
            other.Process.StandardInput.Close();
            other.Process.WaitForExit();

            Assert.StartsWith("refused", said, StringComparison.Ordinal);
            Assert.Equal(3, other.Process.ExitCode);
        }

        using (var child = JournalWriterProcess.Run("open", path))
        {
            Assert.Equal("opened", child.Process.StandardOutput.ReadLine()); // free once closed
            child.Process.StandardInput.Close();
            child.Process.WaitForExit();
            Assert.Equal(0, child.Process.ExitCode);
        }
    }

    [Fact]
    public void Lines_appended_by_a_writer_that_ignored_the_locks_are_not_overwritten_and_stop_this_writer()
    {
        using var folder = new TempFolder();
        var path = folder.File("unlocked.jsonl");
        using var journal = FileObservationJournal.Open(path, Definition(), Today);
        journal.Store.Record(Daily, East, D(2019, 1, 1), 1m);

        // As where file locking is disabled: another writer appends a line of its own.
        var foreign = new JournalLine(2, Daily.Name, South.Code, new Observation(D(2019, 1, 1), 7m)).ToBytes();
        using (var other = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite))
        {
            other.Write(foreign);
        }

        var before = File.ReadAllBytes(path);
        var refused = Assert.ThrowsAny<IOException>(() => journal.Store.Record(Daily, East, D(2019, 1, 2), 2m));
        Assert.Contains("another writer", refused.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal([1m], journal.Store.Observations(Daily, East).Select(o => o.Value));
        Assert.EndsWith(Encoding.UTF8.GetString(foreign), File.ReadAllText(path), StringComparison.Ordinal);
    }
}
