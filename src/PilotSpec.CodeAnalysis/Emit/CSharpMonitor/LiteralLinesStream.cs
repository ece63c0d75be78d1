using System;
using System.IO;
using System.Text;
using static PilotSpec.CodeAnalysis.Emit.CSharpMonitor.CSharpLiterals;

namespace PilotSpec.CodeAnalysis.Emit.CSharpMonitor;

/// <summary>
/// Takes UTF-8 text (the pilot model as its writer makes it) and writes each of its lines as
/// one C# string literal of an array initializer, comma-separated, as the lines complete: the
/// model of a national programme (tens of megabytes) goes into the monitor without ever being
/// held as one string, nor as a list of lines. A "\r" before a line end is dropped, so the
/// literals are the same on every OS.
/// </summary>
internal sealed class LiteralLinesStream : Stream
{
    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly LaidOutText _text;
    private readonly MemoryStream _line = new();
    private string? _pending; // the last complete line: it gets a comma only when another follows

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

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            var end = buffer.IndexOf((byte)'\n');
            if (end < 0)
            {
                _line.Write(buffer);
                return;
            }

            _line.Write(buffer[..end]);
            EndLine();
            buffer = buffer[(end + 1)..];
        }
    }

    /// <summary>Writes the last line (without a comma); the text must be complete.</summary>
    public void Finish()
    {
        if (_line.Length > 0)
        {
            EndLine();
        }

        if (_pending is not null)
        {
            _text.Line(_pending);
            _pending = null;
        }
    }

    public override void Flush()
    {
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    private void EndLine()
    {
        var bytes = _line.GetBuffer();
        var length = (int)_line.Length;
        if (length > 0 && bytes[length - 1] == (byte)'\r')
        {
            length--;
        }

        if (_pending is not null)
        {
            _text.Line(_pending + ",");
        }

        _pending = String(Utf8.GetString(bytes, 0, length));
        _line.SetLength(0);
    }
}
