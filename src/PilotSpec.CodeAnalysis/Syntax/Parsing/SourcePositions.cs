using System.Text;

namespace PilotSpec.CodeAnalysis.Syntax.Parsing;

/// <summary>
/// ANTLR's character stream counts code points; our spans count UTF-16 code units (as
/// Roslyn, .NET strings and LSP's default encoding do). This maps one onto the other, and
/// costs nothing for the common text without characters outside the BMP.
/// </summary>
internal sealed class SourcePositions
{
    private readonly int[]? _utf16OffsetOfCodePoint;
    private readonly int _length;

    public SourcePositions(string text)
    {
        _length = text.Length;
        var hasSurrogates = false;
        foreach (var c in text)
        {
            if (char.IsSurrogate(c))
            {
                hasSurrogates = true;
                break;
            }
        }

        if (!hasSurrogates)
        {
            return;
        }

        // ANTLR turns a valid surrogate pair into one code point and a lone surrogate into one.
        var offsets = new System.Collections.Generic.List<int>(text.Length + 1);
        for (var i = 0; i < text.Length; i++)
        {
            offsets.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
        }

        offsets.Add(text.Length);
        _utf16OffsetOfCodePoint = offsets.ToArray();
    }

    /// <summary>The UTF-16 offset of the code point at <paramref name="codePointIndex"/> (the text's length past its end).</summary>
    public int ToUtf16(int codePointIndex)
    {
        if (_utf16OffsetOfCodePoint is null)
        {
            return codePointIndex < 0 ? 0 : codePointIndex > _length ? _length : codePointIndex;
        }

        return codePointIndex < 0 ? 0
            : codePointIndex >= _utf16OffsetOfCodePoint.Length ? _length
            : _utf16OffsetOfCodePoint[codePointIndex];
    }
}
