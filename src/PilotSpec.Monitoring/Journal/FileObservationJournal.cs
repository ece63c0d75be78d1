using System;
using System.Collections.Generic;
using System.IO;

namespace PilotSpec.Monitoring;

/// <summary>
/// An append-only JSON Lines file behind an <see cref="ObservationStore"/>: every observation
/// the store accepts (Added or Replaced; an Unchanged re-send writes nothing) becomes one line,
/// flushed to disk before <see cref="ObservationStore.Record"/> returns. Opening the file
/// replays it into the store, so a restarted site sees exactly what it had recorded.
/// </summary>
/// <remarks>
/// Crash guarantee: an observation whose <c>Record</c> returned is on disk and is reloaded. A
/// crash mid-write leaves at most the last line unfinished; reloading skips it, keeps every
/// line before it and reports it (<see cref="LoadReport"/>), and opening for writing cuts it
/// off so the next line starts clean. A damaged line in the middle (checksum mismatch, bad
/// JSON) is skipped and reported and the lines after it are still replayed: each line stands on
/// its own, and the lines after it were acknowledged to their callers, so stopping there would
/// lose recorded observations to protect one already lost. Lines of indicators or sites the spec
/// no longer has are skipped but kept, and their sequence numbers stay taken: new lines number
/// on from the highest sequence in the file, so when the spec gets them back they replay in
/// their place and never shadow a later observation.
/// <para>
/// Disk full: the file is written without a buffer of its own, so a line the disk refused is
/// taken back at once and never written later; <see cref="Dispose"/> always releases the lock.
/// </para>
/// <para>
/// One writer per file (see <see cref="JournalWriterLock"/>): others may read it; threads of the
/// writing process may record at once.
/// </para>
/// </remarks>
public sealed class FileObservationJournal : IObservationJournal, IDisposable
{
    private readonly object _gate = new object();
    private readonly Stream _stream;
    private readonly JournalWriterLock _writerLock;
    private readonly PilotDefinition _pilot;
    private long _sequence;
    private long _end;
    private bool _broken;
    private bool _disposed;

    private FileObservationJournal(string path, JournalWriterLock writerLock, Stream stream, PilotDefinition pilot, ObservationStore store, JournalLoadReport report)
    {
        Path = path;
        _writerLock = writerLock;
        _stream = stream;
        _pilot = pilot;
        Store = store;
        LoadReport = report;
        _sequence = report.LastSequence;
        _end = stream.Length;
    }

    /// <summary>The journal file.</summary>
    public string Path { get; }

    /// <summary>The store the journal was replayed into and that writes to it.</summary>
    public ObservationStore Store { get; }

    /// <summary>What replaying the file found when it was opened.</summary>
    public JournalLoadReport LoadReport { get; }

    /// <summary>
    /// Opens (or creates) the journal at <paramref name="path"/> for a generated monitor: replays
    /// it into the monitor's store, which must not hold any observation yet, and writes every
    /// later recording to it. Open it before anything records.
    /// </summary>
    public static FileObservationJournal Open(string path, PilotMonitor monitor)
    {
        if (monitor is null)
        {
            throw new ArgumentNullException(nameof(monitor));
        }

        return Open(path, monitor.Definition, monitor.Store, OpenFile);
    }

    /// <summary>Opens (or creates) the journal at <paramref name="path"/>, replays it into a new store of <paramref name="pilot"/> and writes every later recording to it.</summary>
    /// <param name="path">The file; its folder is created if missing.</param>
    /// <param name="pilot">The pilot whose indicators and sites the lines name; the store refuses any other.</param>
    /// <param name="options">The new store's clock; its pilot is <paramref name="pilot"/>.</param>
    public static FileObservationJournal Open(string path, PilotDefinition pilot, ObservationStoreOptions? options = null)
    {
        if (pilot is null)
        {
            throw new ArgumentNullException(nameof(pilot));
        }

        var store = new ObservationStore(new ObservationStoreOptions { Clock = options?.Clock, Pilot = pilot });
        return Open(path, pilot, store, OpenFile);
    }

    /// <summary>Opens like <see cref="Open(string, PilotDefinition, ObservationStoreOptions)"/> over the stream <paramref name="openFile"/> gives for the path: the tests' fault-injecting disk.</summary>
    internal static FileObservationJournal Open(string path, PilotDefinition pilot, ObservationStoreOptions? options, Func<string, Stream> openFile)
    {
        var store = new ObservationStore(new ObservationStoreOptions { Clock = options?.Clock, Pilot = pilot });
        return Open(path, pilot, store, openFile);
    }

    /// <summary>Reads the journal at <paramref name="path"/> into a new store without opening it for writing (the file is not changed).</summary>
    public static ObservationStore Load(string path, PilotDefinition pilot, out JournalLoadReport report, ObservationStoreOptions? options = null)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        if (pilot is null)
        {
            throw new ArgumentNullException(nameof(pilot));
        }

        var store = new ObservationStore(new ObservationStoreOptions { Clock = options?.Clock, Pilot = pilot });
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        report = Replay(path, ReadAll(stream), pilot, store, out _);
        return store;
    }

    /// <summary>Appends one line and flushes it to disk; refuses (throws) when the file cannot take it, leaving the file as it was.</summary>
    public void Append(IndicatorDefinition indicator, Site site, Observation observation)
    {
        if (indicator is null)
        {
            throw new ArgumentNullException(nameof(indicator));
        }

        if (site is null)
        {
            throw new ArgumentNullException(nameof(site));
        }

        // A line the pilot does not know would be skipped by every reload: refuse it now, while
        // the caller can still hear about it (a store of no pilot, e.g. a monitor's own, writes here).
        ObservationValidation.CheckMember(_pilot, indicator, site, observation.Date);

        lock (_gate)
        {
            if (_disposed)
            {
                throw new ObjectDisposedException(nameof(FileObservationJournal), "The journal is closed: nothing more can be recorded through it.");
            }

            if (_broken)
            {
                throw new IOException($"The journal {Path} could not be restored after a failed write; reopen it.");
            }

            if (_sequence == long.MaxValue)
            {
                // The next number would wrap to a negative one that every reload skips as out of sequence.
                throw new IOException($"The journal {Path} has used every sequence number (the last is {long.MaxValue}): start a new journal.");
            }

            if (_stream.Length != _end)
            {
                // Only this writer may append (see JournalWriterLock). Where file locking is off,
                // another writer's lines show up as a length this one did not write: stop rather
                // than interleave two sequences.
                _broken = true;
                throw new IOException($"The journal {Path} was changed by another writer (its length is {_stream.Length}, this writer wrote up to {_end}); reopen it.");
            }

            var bytes = new JournalLine(_sequence + 1, indicator.Name, site.Code, observation).ToBytes();
            try
            {
                _stream.Seek(_end, SeekOrigin.Begin);
                _stream.Write(bytes, 0, bytes.Length);
                FlushToDisk(_stream);
            }
            catch (Exception) when (!_disposed)
            {
                // Take back a half-written line so the next one does not run into it. The stream
                // has no buffer (OpenFile), so nothing of the refused line is left to be written later.
                try
                {
                    _stream.SetLength(_end);
                    FlushToDisk(_stream);
                }
                catch (Exception) when (!_disposed)
                {
                    _broken = true;
                }

                throw;
            }

            _end += bytes.Length;
            _sequence++;
        }
    }

    /// <summary>Closes the file; later recordings through the store are refused.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            try
            {
                // Every acknowledged line was flushed to disk when it was written, so closing
                // has nothing left to lose; a failure here (a full disk refusing metadata) must
                // not keep the lock held and the file unopenable for the rest of the process.
                _stream.Dispose();
            }
            catch (IOException)
            {
            }
            finally
            {
                _writerLock.Dispose();
            }
        }
    }

    // Unbuffered (bufferSize 0): a write goes to the OS at once, so a refused line cannot stay
    // behind in a buffer and be written by a later flush or on close.
    private static Stream OpenFile(string path) =>
        new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read, bufferSize: 0);

    private static void FlushToDisk(Stream stream)
    {
        if (stream is FileStream file)
        {
            file.Flush(flushToDisk: true);
        }
        else
        {
            stream.Flush();
        }
    }

    private static FileObservationJournal Open(string path, PilotDefinition pilot, ObservationStore store, Func<string, Stream> openFile)
    {
        if (path is null)
        {
            throw new ArgumentNullException(nameof(path));
        }

        if (store.Count != 0 || store.Journal is not null)
        {
            throw new InvalidOperationException("Open the journal before recording: the store already holds observations or writes to a journal.");
        }

        var folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var writerLock = JournalWriterLock.Acquire(path);
        Stream stream;
        try
        {
            stream = openFile(path);
            writerLock.HoldOn(stream);
        }
        catch
        {
            writerLock.Dispose();
            throw;
        }

        try
        {
            var report = Replay(path, ReadAll(stream), pilot, store, out var cleanEnd);
            var truncated = stream.Length - cleanEnd;
            if (truncated > 0)
            {
                stream.SetLength(cleanEnd);
                FlushToDisk(stream);
                report = new JournalLoadReport(report.Path, report.LinesRead, report.ObservationsReplayed, report.Skipped, report.LastSequence, truncated);
            }

            stream.Seek(0, SeekOrigin.End);
            var journal = new FileObservationJournal(path, writerLock, stream, pilot, store, report);
            store.AttachJournal(journal);
            return journal;
        }
        catch
        {
            stream.Dispose();
            writerLock.Dispose();
            throw;
        }
    }

    private static byte[] ReadAll(Stream stream)
    {
        stream.Seek(0, SeekOrigin.Begin);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    // Replays every good line in file order. cleanEnd is where the file stops being whole
    // lines: the start of an unfinished last line, or the end of the file.
    private static JournalLoadReport Replay(string path, byte[] bytes, PilotDefinition pilot, ObservationStore store, out long cleanEnd)
    {
        var skipped = new List<SkippedJournalLine>();
        var lines = 0;
        var replayed = 0;
        long highest = 0;
        cleanEnd = bytes.Length;
        var start = 0;
        while (start < bytes.Length)
        {
            lines++;
            var newline = Array.IndexOf(bytes, (byte)'\n', start);
            if (newline < 0)
            {
                skipped.Add(new SkippedJournalLine(lines, start, JournalLineProblem.Incomplete, "the last line has no newline: its write was cut off"));
                cleanEnd = start;
                break;
            }

            var span = new ReadOnlySpan<byte>(bytes, start, newline - start);
            if (!JournalLine.TryParse(span, out var line, out var problem, out var detail))
            {
                skipped.Add(new SkippedJournalLine(lines, start, problem, detail));
            }
            else if (line.Sequence <= highest)
            {
                skipped.Add(new SkippedJournalLine(lines, start, JournalLineProblem.OutOfSequence, $"sequence {line.Sequence} does not follow {highest}"));
            }
            else
            {
                // A whole line in sequence takes its number whether or not the spec still has its
                // indicator and site: new lines must not reuse it, or the day the spec has them
                // again this line would shadow (or be shadowed by) a different observation.
                highest = line.Sequence;
                if (pilot.FindIndicator(line.Indicator) is not { } indicator)
                {
                    skipped.Add(new SkippedJournalLine(lines, start, JournalLineProblem.UnknownIndicator, $"the indicator '{line.Indicator}' is not one of pilot {pilot.Name}"));
                }
                else if (pilot.FindSite(line.Site) is not { } site)
                {
                    skipped.Add(new SkippedJournalLine(lines, start, JournalLineProblem.UnknownSite, $"the site '{line.Site}' is not one of pilot {pilot.Name}"));
                }
                else
                {
                    // Not re-checked against today or a range: the line was accepted when written,
                    // and a clock set back since must not make recorded data disappear.
                    store.Replay(indicator, site, line.Observation);
                    replayed++;
                }
            }

            start = newline + 1;
        }

        return new JournalLoadReport(path, lines, replayed, skipped.AsReadOnly(), highest, 0);
    }
}
