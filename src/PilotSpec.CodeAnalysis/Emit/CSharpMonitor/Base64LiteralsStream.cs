using System;
using System.IO;

namespace PilotSpec.CodeAnalysis.Emit.CSharpMonitor;

/// <summary>
/// Takes bytes (a large pilot's deflated model) and writes them in base64 as the C# string
/// literals of an array initializer, comma-separated, <see cref="LiteralLength"/> characters
/// each but the last, as they come: nothing is held but one literal's bytes. Each literal
/// decodes alone (its length is a multiple of four), as <c>PilotModel.ReadDeflated</c> reads them.
/// </summary>
internal sealed class Base64LiteralsStream : Stream
{
    /// <summary>Characters per literal: 3,072 bytes.</summary>
    public const int LiteralLength = 4096;

    private const int BytesPerLiteral = LiteralLength / 4 * 3;

    private readonly LaidOutText _text;
    private readonly byte[] _bytes = new byte[BytesPerLiteral];
    private readonly char[] _chars = new char[LiteralLength];
    private int _count; // bytes gathered for the next literal
    private TextWriter? _open; // the line of the literal written last: it waits for its comma, or for the end

    public Base64LiteralsStream(LaidOutText text)
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

    // The byte-array overload only: the compiler library also targets netstandard2.0.
    public override void Write(byte[] buffer, int offset, int count)
    {
        while (count > 0)
        {
            var taken = Math.Min(count, BytesPerLiteral - _count);
            Buffer.BlockCopy(buffer, offset, _bytes, _count, taken);
            _count += taken;
            offset += taken;
            count -= taken;
            if (_count == BytesPerLiteral)
            {
                WriteLiteral();
            }
        }
    }

    /// <summary>Writes the last literal (without a comma); the bytes must be complete.</summary>
    public void Finish()
    {
        if (_count > 0)
        {
            WriteLiteral();
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

    private void WriteLiteral()
    {
        if (_open is not null)
        {
            _open.Write(',');
            _text.EndLine();
        }

        _open = _text.BeginLine();
        var length = Convert.ToBase64CharArray(_bytes, 0, _count, _chars, 0);
        _open.Write('"');
        _open.Write(_chars, 0, length); // base64 needs no escape
        _open.Write('"');
        _count = 0;
    }
}
