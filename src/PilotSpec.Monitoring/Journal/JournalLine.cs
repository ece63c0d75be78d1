using System;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PilotSpec.Monitoring;

/// <summary>
/// One line of a JSON Lines journal:
/// <c>{"seq":12,"indicator":"clearance_rate","site":"东城区","date":"2019-03-31","value":63.5,"crc":"7a1c03e2"}</c>.
/// The checksum covers the fields' values (not their JSON spelling), so a torn, truncated or
/// bit-flipped line fails it even when what is left still parses as JSON.
/// </summary>
internal readonly struct JournalLine
{
    private const string DateFormat = "yyyy-MM-dd";

    private static readonly JsonWriterOptions WriterOptions = new JsonWriterOptions
    {
        // A file, not HTML: keep Chinese site names readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public JournalLine(long sequence, string indicator, string site, Observation observation)
    {
        Sequence = sequence;
        Indicator = indicator;
        Site = site;
        Observation = observation;
    }

    public long Sequence { get; }

    public string Indicator { get; }

    public string Site { get; }

    public Observation Observation { get; }

    /// <summary>The line's UTF-8 bytes, newline included: written in one call so no other line can land inside it.</summary>
    public byte[] ToBytes()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteNumber("seq", Sequence);
            writer.WriteString("indicator", Indicator);
            writer.WriteString("site", Site);
            writer.WriteString("date", Observation.Date.ToString(DateFormat, CultureInfo.InvariantCulture));
            writer.WriteNumber("value", Observation.Value);
            writer.WriteString("crc", Checksum(Sequence, Indicator, Site, Observation));
            writer.WriteEndObject();
        }

        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// <summary>Reads one line (without its newline); on failure says what is wrong with it.</summary>
    public static bool TryParse(ReadOnlySpan<byte> bytes, out JournalLine line, out JournalLineProblem problem, out string detail)
    {
        line = default;
        long? sequence = null;
        string? indicator = null, site = null, date = null, crc = null;
        decimal? value = null;
        try
        {
            var reader = new Utf8JsonReader(bytes);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return Fail(JournalLineProblem.Malformed, "not a JSON object", out problem, out detail);
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                switch (name)
                {
                    case "seq": sequence = reader.GetInt64(); break;
                    case "indicator": indicator = reader.GetString(); break;
                    case "site": site = reader.GetString(); break;
                    case "date": date = reader.GetString(); break;
                    case "value": value = reader.GetDecimal(); break;
                    case "crc": crc = reader.GetString(); break;
                    default: reader.Skip(); break;
                }
            }

            if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
            {
                return Fail(JournalLineProblem.Malformed, "not a single JSON object", out problem, out detail);
            }
        }
        catch (Exception e) when (e is JsonException || e is FormatException || e is InvalidOperationException)
        {
            return Fail(JournalLineProblem.Malformed, "not valid JSON (" + e.Message + ")", out problem, out detail);
        }

        if (sequence is null || indicator is null || site is null || date is null || value is null || crc is null)
        {
            return Fail(JournalLineProblem.Malformed, "a field is missing (seq, indicator, site, date, value and crc are required)", out problem, out detail);
        }

        if (!DateTime.TryParseExact(date, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return Fail(JournalLineProblem.Malformed, $"the date '{date}' is not yyyy-MM-dd", out problem, out detail);
        }

        var observation = new Observation(day, value.Value);
        var expected = Checksum(sequence.Value, indicator, site, observation);
        if (!string.Equals(crc, expected, StringComparison.Ordinal))
        {
            return Fail(JournalLineProblem.ChecksumMismatch, $"the checksum is {crc} but the fields give {expected}", out problem, out detail);
        }

        line = new JournalLine(sequence.Value, indicator, site, observation);
        problem = default;
        detail = string.Empty;
        return true;
    }

    private static bool Fail(JournalLineProblem what, string why, out JournalLineProblem problem, out string detail)
    {
        problem = what;
        detail = why;
        return false;
    }

    private static string Checksum(long sequence, string indicator, string site, Observation observation)
    {
        var canonical = string.Join(
            "\n",
            sequence.ToString(CultureInfo.InvariantCulture),
            indicator,
            site,
            observation.Date.ToString(DateFormat, CultureInfo.InvariantCulture),
            observation.Value.ToString(CultureInfo.InvariantCulture));
        return Crc32.Compute(Encoding.UTF8.GetBytes(canonical)).ToString("x8", CultureInfo.InvariantCulture);
    }
}
