using System;
using System.IO;
using System.Text;

namespace PilotSpec.CodeAnalysis.Emit.CSharpMonitor;

/// <summary>
/// Takes UTF-8 text (the pilot model as its writer makes it) and writes its lines as the
/// C# string literals of an array initializer, comma-separated, as the lines complete: whole
/// lines joined with "\n" into literals of about <see cref="ChunkLength"/> characters, so that
/// joining the literals with "\n" gives the text back. The model of a national programme (tens
/// of megabytes, half a million lines) goes into the monitor without being held, and without a
/// string per line (lines are decoded into one reused buffer). Not a literal per line: a site's
/// build bound and compiled 200,000 array elements into one static constructor (58 s for a
/// 20,000-site monitor), which the JIT then compiled again at the monitor's first use (seconds,
/// and most of a gigabyte). A "\r" before a line end is dropped, so the literals are the same
/// on every OS.
/// </summary>
internal sealed class LiteralLinesStream : LiteralArrayStream
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The length a literal grows to before the next line starts another (a longer line stays whole).</summary>
    public const int ChunkLength = 4096;

    private readonly MemoryStream _line = new();
    private char[] _chars = new char[ChunkLength * 2];
    private int _length; // characters of the literal being gathered in _chars
    private int _lines; // lines in it

    public LiteralLinesStream(LaidOutText text)
        : base(text)
    {
    }

    // The byte-array overload only: the compiler library also targets netstandard2.0, whose
    // Stream has no span overload to override (the base class turns span writes into this).
    public override void Write(byte[] buffer, int offset, int count)
    {
        var end = offset + count;
        while (offset < end)
        {
            var newLine = Array.IndexOf(buffer, (byte)'\n', offset, end - offset);
            if (newLine < 0)
            {
                _line.Write(buffer, offset, end - offset);
                return;
            }

            _line.Write(buffer, offset, newLine - offset);
            EndOfLine();
            offset = newLine + 1;
        }
    }

    protected override void WriteGathered()
    {
        if (_line.Length > 0)
        {
            EndOfLine();
        }

        if (_lines > 0)
        {
            WriteLiteral();
        }
    }

    private void EndOfLine()
    {
        var bytes = _line.GetBuffer();
        var length = (int)_line.Length;
        if (length > 0 && bytes[length - 1] == (byte)'\r')
        {
            length--;
        }

        var needed = Utf8.GetMaxCharCount(length) + 1;
        if (_lines > 0 && _length + needed > ChunkLength)
        {
            WriteLiteral();
        }

        if (_chars.Length < _length + needed)
        {
            Array.Resize(ref _chars, Math.Max(_length + needed, _chars.Length * 2));
        }

        if (_lines > 0)
        {
            _chars[_length++] = '\n';
        }

        _length += Utf8.GetChars(bytes, 0, length, _chars, _length);
        _lines++;
        _line.SetLength(0);
    }

    private void WriteLiteral()
    {
        CSharpLiterals.WriteString(NextLiteral(), _chars, _length);
        _length = 0;
        _lines = 0;
    }
}
