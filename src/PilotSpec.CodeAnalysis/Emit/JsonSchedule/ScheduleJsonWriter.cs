using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace PilotSpec.CodeAnalysis.Emit.JsonSchedule;

/// <summary>
/// Writes the schedule straight to its destination as it goes (a schedule can be far larger
/// than the spec; holding it whole is what ran out of memory), with every value
/// deterministic: dates as yyyy-MM-dd, decimals without trailing zeros, strings escaped by
/// one fixed policy (<see cref="JsonCanonicalText"/>), two-space indents and "\n" line ends
/// on every OS — the layout System.Text.Json's indented writer gives, which the format had
/// from the start. Property names are the emitter's own ASCII constants; everything from
/// the spec goes through the value methods.
/// </summary>
internal sealed class ScheduleJsonWriter
{
    private const int IndentSize = 2;

    // The indentation of the depths the schedule has (it nests about eight deep; conditions more).
    private static readonly string[] Indents = CreateIndents(32);

    private readonly TextWriter _output;
    private readonly char[] _date = new char[12];

    // Per open object or array: whether it has an element yet (it then needs a comma before the next).
    private readonly List<bool> _hasElements = new();
    private bool _afterName;

    public ScheduleJsonWriter(TextWriter output)
    {
        _output = output;
    }

    public void StartObject()
    {
        BeforeValue();
        Open('{');
    }

    public void StartObject(string name)
    {
        Name(name);
        StartObject();
    }

    public void EndObject() => Close('}');

    public void StartArray(string name)
    {
        Name(name);
        BeforeValue();
        Open('[');
    }

    public void EndArray() => Close(']');

    public void Null(string name)
    {
        Name(name);
        Raw("null");
    }

    public void String(string name, string? value)
    {
        Name(name);
        StringValue(value);
    }

    public void StringValue(string? value)
    {
        if (value is null)
        {
            Raw("null");
            return;
        }

        BeforeValue();
        JsonCanonicalText.Write(_output, value);
    }

    public void Strings(string name, IEnumerable<string> values)
    {
        StartArray(name);
        foreach (var value in values)
        {
            StringValue(value);
        }

        EndArray();
    }

    public void Integer(string name, int value)
    {
        Name(name);
        Raw(value.ToString(CultureInfo.InvariantCulture));
    }

    public void Boolean(string name, bool value)
    {
        Name(name);
        Raw(value ? "true" : "false");
    }

    public void Number(string name, decimal? value)
    {
        Name(name);
        if (value is { } number)
        {
            NumberValue(number);
        }
        else
        {
            Raw("null");
        }
    }

    public void NumberValue(decimal value) => Raw(Normalize(value).ToString(CultureInfo.InvariantCulture));

    public void Date(string name, DateTime? date)
    {
        Name(name);
        if (date is { } value)
        {
            DateValue(value);
        }
        else
        {
            Raw("null");
        }
    }

    // Formatted into a reused buffer, not a string: a schedule has hundreds of thousands of
    // dates. The same text as FormatDate (years of a DateTime have four digits).
    public void DateValue(DateTime date)
    {
        BeforeValue();
        var text = _date;
        text[0] = '"';
        Digits(text, 1, date.Year, 4);
        text[5] = '-';
        Digits(text, 6, date.Month, 2);
        text[8] = '-';
        Digits(text, 9, date.Day, 2);
        text[11] = '"';
        _output.Write(text, 0, 12);
    }

    private static void Digits(char[] text, int at, int value, int width)
    {
        for (var i = at + width - 1; i >= at; i--)
        {
            text[i] = (char)('0' + (value % 10));
            value /= 10;
        }
    }

    public static string FormatDate(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// The same number without trailing zeros and without a negative zero: decimal keeps the
    /// scale it was computed with (62 × 1.15 = 71.30), which would leak arithmetic into the output.
    /// </summary>
    public static decimal Normalize(decimal value) =>
        value == 0m ? 0m : value / 1.0000000000000000000000000000m;

    /// <summary>Ends the document with its final line end; the caller flushes and closes the destination.</summary>
    public void EndDocument()
    {
        if (_hasElements.Count != 0)
        {
            throw new InvalidOperationException("The schedule document has unclosed objects or arrays.");
        }

        _output.Write('\n');
    }

    private static string[] CreateIndents(int count)
    {
        var indents = new string[count];
        for (var i = 0; i < count; i++)
        {
            indents[i] = new string(' ', i * IndentSize);
        }

        return indents;
    }

    private void Name(string name)
    {
        BeforeValue();
        _output.Write('"');
        _output.Write(name);
        _output.Write("\": ");
        _afterName = true;
    }

    private void Raw(string text)
    {
        BeforeValue();
        _output.Write(text);
    }

    // A value right after its property name goes on the same line; an array element or a
    // property on a line of its own, after a comma when it is not the first.
    private void BeforeValue()
    {
        if (_afterName)
        {
            _afterName = false;
            return;
        }

        var depth = _hasElements.Count;
        if (depth == 0)
        {
            return;
        }

        if (_hasElements[depth - 1])
        {
            _output.Write(',');
        }

        _hasElements[depth - 1] = true;
        NewLine(depth);
    }

    private void Open(char bracket)
    {
        _output.Write(bracket);
        _hasElements.Add(false);
    }

    // An empty object or array closes on the same line: `[]`, `{}`.
    private void Close(char bracket)
    {
        var depth = _hasElements.Count;
        var hadElements = _hasElements[depth - 1];
        _hasElements.RemoveAt(depth - 1);
        if (hadElements)
        {
            NewLine(depth - 1);
        }

        _output.Write(bracket);
    }

    private void NewLine(int depth)
    {
        _output.Write('\n');
        _output.Write(depth < Indents.Length ? Indents[depth] : new string(' ', depth * IndentSize));
    }
}
