using System;
using System.IO;
using System.Runtime.InteropServices;

namespace PilotSpec.Monitoring;

/// <summary>
/// Keeps a second writer off a journal, by two OS locks that are released only when the writer
/// closes or its process ends (a crash included), so no stale lock is ever left behind:
/// <list type="bullet">
/// <item>a <c>.lock</c> file beside the journal, opened exclusively (<c>flock</c> on Unix, a share
/// mode on Windows). It is never deleted: deleting it on close would let a writer that opened the
/// old file and one that created a new one both hold "the" lock.</item>
/// <item>a byte-range lock on the journal itself, at an offset no line ever reaches (so readers
/// are not blocked, even where such locks are mandatory): it keeps a writer of another process
/// out even if someone deletes the <c>.lock</c> file.</item>
/// </list>
/// Where file locking is off (<c>DOTNET_SYSTEM_IO_DISABLEFILELOCKING</c>, or a file system that
/// has no locks) neither lock holds; the journal then still notices another writer's lines by the
/// file's length changing under it, and refuses to write further (see docs/reliability.md).
/// </summary>
internal sealed class JournalWriterLock : IDisposable
{
    // SQLite's trick: lock a byte far past any data, so the lock never covers what readers read.
    private const long LockedByte = long.MaxValue - 1;

    private readonly FileStream _lockFile;

    private JournalWriterLock(FileStream lockFile) => _lockFile = lockFile;

    /// <summary>Takes the <c>.lock</c> file of <paramref name="journalPath"/>; throws an <see cref="IOException"/> if another writer holds it.</summary>
    public static JournalWriterLock Acquire(string journalPath) =>
        new JournalWriterLock(new FileStream(journalPath + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1));

    /// <summary>Also locks the journal itself through the writer's own handle on it; throws an <see cref="IOException"/> if another process holds it.</summary>
    public void HoldOn(Stream journal)
    {
        // Not on a test's simulated disk; and not on macOS, where .NET has no byte-range locks:
        // there the .lock file is the lock.
        if (journal is not FileStream file || RuntimeInformation.IsOSPlatform(OSPlatform.OSX))
        {
            return;
        }

        try
        {
            file.Lock(LockedByte, 1);
        }
        catch (PlatformNotSupportedException)
        {
            // No byte-range locks here (e.g. a browser host): the .lock file still holds.
        }
    }

    /// <summary>Releases both locks; the .lock file stays on disk, unlocked.</summary>
    public void Dispose()
    {
        // The byte-range lock goes with the journal's handle, which the journal closes itself;
        // unlocking it first would only open a window before that close.
        _lockFile.Dispose();
    }
}
