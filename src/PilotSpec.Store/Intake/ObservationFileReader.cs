using System.Text;
using nietras.SeparatedValues;
using PilotSpec.Monitoring;

namespace PilotSpec.Store.Intake;

/// <summary>
/// Reads the observation files a pilot office holds: CSV (UTF-8, header
/// <c>indicator,site,date,value</c>) and the JSON Lines journals that site monitors write
/// (<c>.jsonl</c>, <c>.journal</c>). Every row comes out with its file and line; a row the
/// reader cannot take comes out as a <see cref="RefusedRow"/>, never dropped.
/// </summary>
public static class ObservationFileReader
{
    private static readonly string[] Header = ["indicator", "site", "date", "value"];

    /// <summary>Whether a file is read as a monitor's journal (by its extension) rather than as CSV.</summary>
    public static bool IsJournal(string path) =>
        path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".journal", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// The lines of one file in order, each a row or a refusal: streamed, so that a province's
    /// file of millions of rows is checked and stored without being held in memory.
    /// </summary>
    public static IEnumerable<FileLine> Read(string path) =>
        IsJournal(path) ? ReadJournal(path) : ReadCsv(path);

    private static IEnumerable<FileLine> ReadCsv(string path)
    {
        // Strict UTF-8: a file in GBK or Latin-1 is an error to fix, not text to guess at. The
        // reader decodes ahead in blocks, so a bad byte is reported at the line after the last
        // one read, and the file's remaining lines are not read.
        using var stream = File.OpenRead(path);
        using var text = new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        SepReader? opened = null;
        FileLine? unreadable = null;
        try
        {
            opened = Sep.New(',').Reader(o => o with { HasHeader = true, Unescape = true, DisableColCountCheck = true }).From(text);
        }
        catch (DecoderFallbackException e)
        {
            unreadable = NotUtf8(path, 1, e);
        }

        if (opened is not { } reader)
        {
            yield return unreadable!.Value;
            yield break;
        }

        using (reader)
        {
            var header = reader.Header.ColNames.Select(n => n.Trim().ToLowerInvariant()).ToArray();
            if (!header.SequenceEqual(Header))
            {
                yield return new FileLine(null, new RefusedRow(path, 1, RowProblem.BadHeader, string.Join(",", reader.Header.ColNames)));
                yield break;
            }

            var lastLine = 1L;
            while (true)
            {
                FileLine? next;
                try
                {
                    if (!reader.MoveNext())
                    {
                        yield break;
                    }

                    lastLine = reader.Current.LineNumberFrom;
                    next = LineOf(path, reader.Current);
                }
                catch (DecoderFallbackException e)
                {
                    next = NotUtf8(path, lastLine + 1, e);
                    unreadable = next;
                }

                if (next is { } line)
                {
                    yield return line;
                }

                if (unreadable is not null)
                {
                    yield break;
                }
            }
        }
    }

    private static FileLine NotUtf8(string path, long line, DecoderFallbackException e) =>
        new(null, new RefusedRow(path, line, RowProblem.NotUtf8, e.BytesUnknown is { Length: > 0 } bytes ? Convert.ToHexString(bytes) : string.Empty));

    // One CSV row as a line of the file; null for a blank line, as spreadsheets leave at the end.
    private static FileLine? LineOf(string path, SepReader.Row row)
    {
        var line = row.LineNumberFrom;
        if (row.ColCount == 1 && row[0].Span.Trim().IsEmpty)
        {
            return null;
        }

        if (row.ColCount != Header.Length)
        {
            return new FileLine(null, new RefusedRow(path, line, RowProblem.WrongFieldCount, row.ColCount.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return new FileLine(new ObservationRow(path, line, row[0].ToString().Trim(), row[1].ToString().Trim(), row[2].ToString().Trim(), row[3].ToString().Trim()), null);
    }

    // A journal is one site's file: read whole, since its lines are checked as the bytes they were written as.
    private static IEnumerable<FileLine> ReadJournal(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var line = 0L;
        var start = 0;
        while (start < bytes.Length)
        {
            line++;
            var end = Array.IndexOf(bytes, (byte)'\n', start);
            var length = (end < 0 ? bytes.Length : end) - start;
            var lineStart = start;
            start = end < 0 ? bytes.Length : end + 1;
            if (IsBlank(bytes, lineStart, length))
            {
                continue;
            }

            if (end < 0)
            {
                // A last line without its newline was cut off mid-write and never acknowledged.
                yield return new FileLine(null, new RefusedRow(path, line, RowProblem.MalformedJournalLine, JournalLineProblem.Incomplete.ToString()));
                continue;
            }

            if (!TryParse(bytes, lineStart, length, out var record, out var problem, out var detail) || record is null)
            {
                yield return new FileLine(null, new RefusedRow(path, line, RowProblem.MalformedJournalLine, problem + (detail.Length > 0 ? ": " + detail : string.Empty)));
                continue;
            }

            yield return new FileLine(new ObservationRow(
                path,
                line,
                record.Indicator,
                record.Site,
                record.Observation.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                record.Observation.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)), null);
        }
    }

    private static bool IsBlank(byte[] bytes, int start, int length) =>
        new ReadOnlySpan<byte>(bytes, start, length).Trim((byte)'\r').IsEmpty;

    // Spans cannot live across a yield: the line is parsed in a method of its own.
    private static bool TryParse(byte[] bytes, int start, int length, out JournalRecord? record, out JournalLineProblem problem, out string detail) =>
        JournalRecord.TryParse(new ReadOnlySpan<byte>(bytes, start, length), out record, out problem, out detail);
}

/// <summary>One line of an observation file: a row to check, or a refusal made while reading it.</summary>
public readonly record struct FileLine(ObservationRow? Row, RefusedRow? Refused);
