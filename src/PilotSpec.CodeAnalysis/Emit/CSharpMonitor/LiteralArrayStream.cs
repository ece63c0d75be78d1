using System;
using System.IO;

namespace PilotSpec.CodeAnalysis.Emit.CSharpMonitor;

/// <summary>
/// A write-only stream that a writer of bytes (the pilot model's JSON writer, a deflater) fills
/// and that writes what it is given as the string literals of a C# array initializer, one per
/// line, comma-separated, as they complete: the model of a national programme goes into the
/// monitor without being held. Subclasses decide what a literal holds.
/// </summary>
internal abstract class LiteralArrayStream : Stream
{
    private readonly LaidOutText _text;
    private TextWriter? _open; // the line of the literal written last: it waits for its comma, or for the end

    protected LiteralArrayStream(LaidOutText text)
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

    /// <summary>Writes what is still gathered and ends the last literal's line (without a comma); the bytes must be complete.</summary>
    public void Finish()
    {
        WriteGathered();
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

    /// <summary>Writes the literal of what is gathered, if anything is, at <see cref="Finish"/>.</summary>
    protected abstract void WriteGathered();

    /// <summary>Ends the previous literal with its comma and returns the writer for the next one's line.</summary>
    protected TextWriter NextLiteral()
    {
        if (_open is not null)
        {
            _open.Write(',');
            _text.EndLine();
        }

        _open = _text.BeginLine();
        return _open;
    }
}
