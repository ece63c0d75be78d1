using System;
using System.IO;
using System.Text;

namespace PilotSpec.CodeAnalysis.Emit.CSharpMonitor;

/// <summary>
/// Takes UTF-8 text (the pilot model as its writer makes it) and writes each of its lines as
/// one C# string literal of an array initializer, comma-separated, as the lines complete: the
/// model of a national programme (tens of megabytes, half a million lines) goes into the
/// monitor without being held, and without a string per line (a line's bytes are decoded
/// into one reused buffer). A "\r" before a line end is dropped, so the literals are the
/// same on every OS.
/// </summary>
internal sealed class LiteralLinesStream : Stream
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly LaidOutText _text;
    private readonly MemoryStream _line = new();
    private char[] _chars = new char[256];
    private TextWriter? _open; // the line of the literal written last: it waits for its comma, or for the end

    public LiteralLinesStream(LaidOutText text)
    {
        _text = text;
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
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

    /// <summary>Writes the last line (without a comma); the text must be complete.</summary>
    public void Finish()
    {
        if (_line.Length > 0)
        {
            EndOfLine();
        }

        if (_open is not null)
        {
            _text.EndLine();
            _open = null;
        }
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private void EndOfLine()
    {
        var bytes = _line.GetBuffer();
        var length = (int)_line.Length;
        if (length > 0 && bytes[length - 1] == (byte)'\r')
        {
            length--;
        }

        var needed = Utf8.GetMaxCharCount(length);
        if (_chars.Length < needed)
        {
            _chars = new char[Math.Max(needed, _chars.Length * 2)];
        }

        var count = Utf8.GetChars(bytes, 0, length, _chars, 0);
        if (_open is not null)
        {
            _open.Write(',');
            _text.EndLine();
        }

        _open = _text.BeginLine();
        CSharpLiterals.WriteString(_open, _chars, count);
        _line.SetLength(0);
    }
}
