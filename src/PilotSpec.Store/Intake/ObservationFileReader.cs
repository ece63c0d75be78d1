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

    /// <summary>The rows of one file, in order, and the rows refused while reading it.</summary>
    public static (IReadOnlyList<ObservationRow> Rows, IReadOnlyList<RefusedRow> Refused) Read(string path) =>
        IsJournal(path) ? ReadJournal(path) : ReadCsv(path);

    private static (IReadOnlyList<ObservationRow>, IReadOnlyList<RefusedRow>) ReadCsv(string path)
    {
        var rows = new List<ObservationRow>();
        var refused = new List<RefusedRow>();

        // Strict UTF-8: a file in GBK or Latin-1 is an error to fix, not text to guess at.
        using var stream = File.OpenRead(path);
        using var text = new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
        using var reader = Sep.New(',').Reader(o => o with { HasHeader = true, Unescape = true, DisableColCountCheck = true }).From(text);
        var header = reader.Header.ColNames.Select(n => n.Trim().ToLowerInvariant()).ToArray();
        if (!header.SequenceEqual(Header))
        {
            refused.Add(new RefusedRow(path, 1, RowProblem.BadHeader, string.Join(",", reader.Header.ColNames)));
            return (rows, refused);
        }

        foreach (var row in reader)
        {
            var line = row.LineNumberFrom;
            if (row.ColCount == 1 && row[0].Span.Trim().IsEmpty)
            {
                continue; // a blank line, as spreadsheets leave at the end
            }

            if (row.ColCount != Header.Length)
            {
                refused.Add(new RefusedRow(path, line, RowProblem.WrongFieldCount, row.ColCount.ToString(System.Globalization.CultureInfo.InvariantCulture)));
                continue;
            }

            rows.Add(new ObservationRow(path, line, row[0].ToString().Trim(), row[1].ToString().Trim(), row[2].ToString().Trim(), row[3].ToString().Trim()));
        }

        return (rows, refused);
    }

    private static (IReadOnlyList<ObservationRow>, IReadOnlyList<RefusedRow>) ReadJournal(string path)
    {
        var rows = new List<ObservationRow>();
        var refused = new List<RefusedRow>();
        var bytes = File.ReadAllBytes(path);
        var line = 0L;
        var start = 0;
        while (start < bytes.Length)
        {
            line++;
            var end = Array.IndexOf(bytes, (byte)'\n', start);
            var length = (end < 0 ? bytes.Length : end) - start;
            var span = new ReadOnlySpan<byte>(bytes, start, length);
            start = end < 0 ? bytes.Length : end + 1;
            if (span.Trim((byte)'\r').IsEmpty)
            {
                continue;
            }

            if (end < 0)
            {
                // A last line without its newline was cut off mid-write and never acknowledged.
                refused.Add(new RefusedRow(path, line, RowProblem.MalformedJournalLine, JournalLineProblem.Incomplete.ToString()));
                continue;
            }

            if (!JournalRecord.TryParse(span, out var record, out var problem, out var detail) || record is null)
            {
                refused.Add(new RefusedRow(path, line, RowProblem.MalformedJournalLine, problem + (detail.Length > 0 ? ": " + detail : string.Empty)));
                continue;
            }

            rows.Add(new ObservationRow(
                path,
                line,
                record.Indicator,
                record.Site,
                record.Observation.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                record.Observation.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return (rows, refused);
    }
}
