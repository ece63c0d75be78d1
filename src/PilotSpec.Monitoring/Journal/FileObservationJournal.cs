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
/// lose recorded observations to protect one already lost. One process writes a file at a time
/// (others may read it; a <c>.lock</c> file beside it, deleted on close, keeps a second writer
/// out); threads of that process may record at once.
/// </remarks>
public sealed class FileObservationJournal : IObservationJournal, IDisposable
{
    private readonly object _gate = new object();
    private readonly FileStream _stream;
    private readonly FileStream _writerLock;
    private long _sequence;
    private bool _broken;
    private bool _disposed;

    private FileObservationJournal(string path, FileStream writerLock, FileStream stream, ObservationStore store, JournalLoadReport report)
    {
        Path = path;
        _writerLock = writerLock;
        _stream = stream;
        Store = store;
        LoadReport = report;
        _sequence = report.LastSequence;
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

        return Open(path, monitor.Definition, monitor.Store);
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
        return Open(path, pilot, store);
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

            var bytes = new JournalLine(_sequence + 1, indicator.Name, site.Code, observation).ToBytes();
            var end = _stream.Length;
            try
            {
                _stream.Write(bytes, 0, bytes.Length);
                _stream.Flush(flushToDisk: true);
            }
            catch (Exception) when (!_disposed)
            {
                // Take back a half-written line so the next one does not run into it.
                try
                {
                    _stream.SetLength(end);
                    _stream.Seek(end, SeekOrigin.Begin);
                }
                catch (Exception) when (!_disposed)
                {
                    _broken = true;
                }

                throw;
            }

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
            _stream.Dispose();
            _writerLock.Dispose();
        }
    }

    private static FileObservationJournal Open(string path, PilotDefinition pilot, ObservationStore store)
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

        // One writer per file, readers welcome: the journal itself stays shareable for reading
        // (Load), and a lock file beside it, opened exclusively (an advisory lock on Unix, a
        // share lock on Windows), keeps a second writer out.
        var writerLock = new FileStream(path + ".lock", FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        FileStream stream;
        try
        {
            stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.Read);
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
                stream.Flush(flushToDisk: true);
                report = new JournalLoadReport(report.Path, report.LinesRead, report.ObservationsReplayed, report.Skipped, report.LastSequence, truncated);
            }

            stream.Seek(0, SeekOrigin.End);
            var journal = new FileObservationJournal(path, writerLock, stream, store, report);
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

    private static byte[] ReadAll(FileStream stream)
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
        long lastSequence = 0;
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
            else if (line.Sequence <= lastSequence)
            {
                skipped.Add(new SkippedJournalLine(lines, start, JournalLineProblem.OutOfSequence, $"sequence {line.Sequence} does not follow {lastSequence}"));
            }
            else if (pilot.FindIndicator(line.Indicator) is not { } indicator)
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
                lastSequence = line.Sequence;
                replayed++;
            }

            start = newline + 1;
        }

        return new JournalLoadReport(path, lines, replayed, skipped.AsReadOnly(), lastSequence, 0);
    }
}
