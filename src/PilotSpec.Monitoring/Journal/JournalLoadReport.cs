using System.Collections.Generic;
using System.Globalization;

namespace PilotSpec.Monitoring;

/// <summary>What reloading a journal found: how much it replayed and every line it skipped, with where and why.</summary>
public sealed class JournalLoadReport
{
    internal JournalLoadReport(string path, int linesRead, int observationsReplayed, IReadOnlyList<SkippedJournalLine> skipped, long lastSequence, long truncatedBytes)
    {
        Path = path;
        LinesRead = linesRead;
        ObservationsReplayed = observationsReplayed;
        Skipped = skipped;
        LastSequence = lastSequence;
        TruncatedBytes = truncatedBytes;
    }

    /// <summary>The journal file.</summary>
    public string Path { get; }

    /// <summary>How many lines the file held, torn last line included.</summary>
    public int LinesRead { get; }

    /// <summary>How many lines were replayed into the store.</summary>
    public int ObservationsReplayed { get; }

    /// <summary>Every line that was not replayed, in file order. Empty for a clean journal.</summary>
    public IReadOnlyList<SkippedJournalLine> Skipped { get; }

    /// <summary>The highest sequence number of a whole line in the file, replayed or kept for indicators or sites the spec no longer has (0 for none): new lines continue after it.</summary>
    public long LastSequence { get; }

    /// <summary>
    /// How many bytes of an unfinished last line (no newline: a write cut off by a crash) were
    /// cut from the file when it was opened for writing, so the next line starts clean. 0 when
    /// the file ended cleanly or was only read.
    /// </summary>
    public long TruncatedBytes { get; }

    /// <summary>Whether every line was replayed.</summary>
    public bool IsClean => Skipped.Count == 0;

    /// <inheritdoc/>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "{0}: {1} observations replayed, {2} lines skipped", Path, ObservationsReplayed, Skipped.Count);
}

/// <summary>A journal line that reloading skipped.</summary>
public sealed class SkippedJournalLine
{
    internal SkippedJournalLine(int lineNumber, long byteOffset, JournalLineProblem problem, string detail)
    {
        LineNumber = lineNumber;
        ByteOffset = byteOffset;
        Problem = problem;
        Detail = detail;
    }

    /// <summary>The line's number, from 1.</summary>
    public int LineNumber { get; }

    /// <summary>Where the line starts in the file, in bytes.</summary>
    public long ByteOffset { get; }

    /// <summary>What is wrong with it.</summary>
    public JournalLineProblem Problem { get; }

    /// <summary>A sentence saying what is wrong with it.</summary>
    public string Detail { get; }

    /// <inheritdoc/>
    public override string ToString() =>
        string.Format(CultureInfo.InvariantCulture, "line {0} (byte {1}): {2}: {3}", LineNumber, ByteOffset, Problem, Detail);
}

/// <summary>Why a journal line was skipped.</summary>
public enum JournalLineProblem
{
    /// <summary>The last line has no newline: its write was cut off (a crash mid-write) and never acknowledged.</summary>
    Incomplete,

    /// <summary>The line is not a journal record (bad JSON, a missing field, a bad date).</summary>
    Malformed,

    /// <summary>The fields do not match the line's checksum: bytes were lost or changed.</summary>
    ChecksumMismatch,

    /// <summary>The sequence number does not follow the previous line's: the line was duplicated or spliced in.</summary>
    OutOfSequence,

    /// <summary>The indicator is not one of the pilot's (the spec changed since it was written).</summary>
    UnknownIndicator,

    /// <summary>The site is not one of the pilot's (the spec changed since it was written).</summary>
    UnknownSite,
}
