using Microsoft.CodeAnalysis.Text;
using PilotSpec.LanguageServer.Protocol;
using Range = PilotSpec.LanguageServer.Protocol.Range;

namespace PilotSpec.LanguageServer.Text;

/// <summary>
/// Converts between offsets in a text and LSP positions. LSP lines end only at \n, \r\n
/// or \r, while Roslyn's <see cref="SourceText.Lines"/> also breaks at U+2028, U+2029 and
/// U+0085, so positions are never taken from compiler line spans: this index is built
/// from the text with LSP's rule. Out-of-range positions are clamped, as the spec asks.
/// </summary>
public sealed class LineIndex
{
    private readonly SourceText _text;
    private readonly int[] _lineStarts;

    public LineIndex(SourceText text, PositionEncoding encoding)
    {
        _text = text;
        Encoding = encoding;
        // A flat text hands out its string without a copy; the search then runs vectorized
        // instead of one virtual indexer call per character (a 100k-line spec has 4M).
        var content = text.ToString().AsSpan();
        var starts = new List<int> { 0 };
        var i = 0;
        while (i < content.Length)
        {
            var next = content[i..].IndexOfAny('\r', '\n');
            if (next < 0)
            {
                break;
            }

            i += next + 1;
            if (content[i - 1] == '\r' && i < content.Length && content[i] == '\n')
            {
                i++;
            }

            starts.Add(i);
        }

        _lineStarts = starts.ToArray();
    }

    public PositionEncoding Encoding { get; }

    public SourceText Text => _text;

    public int LineCount => _lineStarts.Length;

    public int LineStart(int line) => _lineStarts[line];

    /// <summary>Where the line's content ends (before its line break).</summary>
    public int LineEnd(int line)
    {
        var end = line + 1 < _lineStarts.Length ? _lineStarts[line + 1] : _text.Length;
        while (end > _lineStarts[line] && (_text[end - 1] == '\n' || _text[end - 1] == '\r'))
        {
            end--;
        }

        return end;
    }

    public int LineOf(int offset)
    {
        offset = Math.Clamp(offset, 0, _text.Length);
        var index = Array.BinarySearch(_lineStarts, offset);
        return index >= 0 ? index : ~index - 1;
    }

    public int ToOffset(Position position)
    {
        if (position.Line < 0)
        {
            return 0;
        }

        if (position.Line >= _lineStarts.Length)
        {
            return _text.Length;
        }

        var start = _lineStarts[position.Line];
        var end = LineEnd(position.Line);
        var units = 0;
        var offset = start;
        while (offset < end && units < position.Character)
        {
            var (width, chars) = PositionEncodings.Measure(Encoding, _text, offset, end);
            if (units + width > position.Character)
            {
                break; // inside a code point: its start
            }

            units += width;
            offset += chars;
        }

        return offset;
    }

    /// <summary>
    /// The offset of a position that is inside the text, or false: a negative number, a line
    /// past the last, or a character past its line's end. For edits, which must not be
    /// guessed at (<see cref="ToOffset"/> clamps, as reads may).
    /// </summary>
    public bool TryToExactOffset(Position position, out int offset)
    {
        offset = 0;
        if (position.Line < 0 || position.Character < 0 || position.Line >= _lineStarts.Length)
        {
            return false;
        }

        var end = LineEnd(position.Line);
        var units = 0;
        for (var i = _lineStarts[position.Line]; i < end;)
        {
            var (width, chars) = PositionEncodings.Measure(Encoding, _text, i, end);
            units += width;
            i += chars;
        }

        if (position.Character > units)
        {
            return false;
        }

        offset = ToOffset(position);
        return true;
    }

    /// <summary>The span of a range whose ends are both inside the text and in order, or false.</summary>
    public bool TryToExactSpan(Range range, out TextSpan span)
    {
        span = default;
        if (!TryToExactOffset(range.Start, out var start) || !TryToExactOffset(range.End, out var end) || end < start)
        {
            return false;
        }

        span = TextSpan.FromBounds(start, end);
        return true;
    }

    public Position ToPosition(int offset)
    {
        offset = Math.Clamp(offset, 0, _text.Length);
        var line = LineOf(offset);
        var start = _lineStarts[line];
        var end = Math.Min(offset, LineEnd(line));
        var units = 0;
        for (var i = start; i < end;)
        {
            var (width, chars) = PositionEncodings.Measure(Encoding, _text, i, end);
            units += width;
            i += chars;
        }

        return new Position(line, units);
    }

    public Range ToRange(TextSpan span) => new(ToPosition(span.Start), ToPosition(span.End));

    public TextSpan ToSpan(Range range)
    {
        var start = ToOffset(range.Start);
        var end = ToOffset(range.End);
        return end < start ? TextSpan.FromBounds(end, start) : TextSpan.FromBounds(start, end);
    }
}
