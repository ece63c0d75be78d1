using System;

namespace PilotSpec.CodeAnalysis.Emit.CSharpMonitor;

/// <summary>
/// Takes bytes (a large pilot's deflated model) and writes them in base64 as the C# string
/// literals of an array initializer, comma-separated, <see cref="LiteralLength"/> characters
/// each but the last, as they come: nothing is held but one literal's bytes. Each literal
/// decodes alone (its length is a multiple of four), as <c>PilotModel.ReadDeflated</c> reads them.
/// </summary>
internal sealed class Base64LiteralsStream : LiteralArrayStream
{
    /// <summary>Characters per literal: 3,072 bytes.</summary>
    public const int LiteralLength = 4096;

    private const int BytesPerLiteral = LiteralLength / 4 * 3;

    private readonly byte[] _bytes = new byte[BytesPerLiteral];
    private readonly char[] _chars = new char[LiteralLength];
    private int _count; // bytes gathered for the next literal

    public Base64LiteralsStream(LaidOutText text)
        : base(text)
    {
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

    protected override void WriteGathered()
    {
        if (_count > 0)
        {
            WriteLiteral();
        }
    }

    private void WriteLiteral()
    {
        var literal = NextLiteral();
        var length = Convert.ToBase64CharArray(_bytes, 0, _count, _chars, 0);
        literal.Write('"');
        literal.Write(_chars, 0, length); // base64 needs no escape
        literal.Write('"');
        _count = 0;
    }
}
