using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PilotSpec.CodeAnalysis.Emit.JsonSchedule;

/// <summary>
/// A thin layer over <see cref="Utf8JsonWriter"/> that makes every value deterministic:
/// dates as yyyy-MM-dd, decimals without trailing zeros, strings escaped canonically (see
/// <see cref="JsonCanonicalText"/>), two-space indents and "\n" line ends on every OS.
/// Property names are the emitter's own ASCII constants; everything from the spec goes
/// through the value methods.
/// </summary>
internal sealed class ScheduleJsonWriter : IDisposable
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        IndentCharacter = ' ',
        IndentSize = 2,
        NewLine = "\n",
        // Escapes only what JSON requires (plus what the runtime's tables consider unsafe);
        // JsonCanonicalText then rewrites every escape to one fixed policy, so the result no
        // longer depends on which System.Text.Encodings.Web version ran.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly MemoryStream _stream = new();
    private readonly Utf8JsonWriter _writer;

    public ScheduleJsonWriter()
    {
        _writer = new Utf8JsonWriter(_stream, Options);
    }

    public void StartObject() => _writer.WriteStartObject();

    public void StartObject(string name) => _writer.WriteStartObject(name);

    public void EndObject() => _writer.WriteEndObject();

    public void StartArray(string name) => _writer.WriteStartArray(name);

    public void EndArray() => _writer.WriteEndArray();

    public void Null(string name) => _writer.WriteNull(name);

    public void String(string name, string? value)
    {
        _writer.WritePropertyName(name);
        StringValue(value);
    }

    public void StringValue(string? value)
    {
        if (value is null)
        {
            _writer.WriteNullValue();
        }
        else
        {
            _writer.WriteStringValue(JsonCanonicalText.WithoutLoneSurrogates(value));
        }
    }

    public void Strings(string name, IEnumerable<string> values)
    {
        _writer.WriteStartArray(name);
        foreach (var value in values)
        {
            StringValue(value);
        }

        _writer.WriteEndArray();
    }

    public void Integer(string name, int value) => _writer.WriteNumber(name, value);

    public void Boolean(string name, bool value) => _writer.WriteBoolean(name, value);

    public void Number(string name, decimal? value)
    {
        _writer.WritePropertyName(name);
        if (value is { } number)
        {
            NumberValue(number);
        }
        else
        {
            _writer.WriteNullValue();
        }
    }

    public void NumberValue(decimal value) => _writer.WriteNumberValue(Normalize(value));

    public void Date(string name, DateTime? date)
    {
        _writer.WritePropertyName(name);
        if (date is { } value)
        {
            DateValue(value);
        }
        else
        {
            _writer.WriteNullValue();
        }
    }

    public void DateValue(DateTime date) => _writer.WriteStringValue(FormatDate(date));

    public static string FormatDate(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// The same number without trailing zeros and without a negative zero: decimal keeps the
    /// scale it was computed with (62 × 1.15 = 71.30), which would leak arithmetic into the output.
    /// </summary>
    public static decimal Normalize(decimal value) =>
        value == 0m ? 0m : value / 1.0000000000000000000000000000m;

    /// <summary>The finished document, with canonical escapes and a final line end.</summary>
    public string ToText()
    {
        _writer.Flush();
        var text = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(_stream.GetBuffer(), 0, (int)_stream.Length);
        return JsonCanonicalText.Canonicalize(text, "\n");
    }

    public void Dispose()
    {
        _writer.Dispose();
        _stream.Dispose();
    }
}
