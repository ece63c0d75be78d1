using PilotSpec.LanguageServer.Protocol;

namespace PilotSpec.LanguageServer.Text;

/// <summary>What an LSP <c>character</c> counts: UTF-16 code units (the default), UTF-8 bytes or code points.</summary>
public enum PositionEncoding
{
    Utf16,
    Utf8,
    Utf32,
}

public static class PositionEncodings
{
    public static string WireName(this PositionEncoding encoding) => encoding switch
    {
        PositionEncoding.Utf8 => PositionEncodingKind.Utf8,
        PositionEncoding.Utf32 => PositionEncodingKind.Utf32,
        _ => PositionEncodingKind.Utf16,
    };

    /// <summary>
    /// The client lists the encodings it supports, most preferred first; the server takes the
    /// first one it knows. No list means UTF-16, which every client must support.
    /// </summary>
    public static PositionEncoding Negotiate(IReadOnlyList<string>? offered)
    {
        foreach (var name in offered ?? Array.Empty<string>())
        {
            switch (name)
            {
                case PositionEncodingKind.Utf16:
                    return PositionEncoding.Utf16;
                case PositionEncodingKind.Utf8:
                    return PositionEncoding.Utf8;
                case PositionEncodingKind.Utf32:
                    return PositionEncoding.Utf32;
            }
        }

        return PositionEncoding.Utf16;
    }

    /// <summary>How many units of <paramref name="encoding"/> the code point starting at <paramref name="index"/> takes, and how many UTF-16 chars it spans.</summary>
    internal static (int Units, int Chars) Measure(PositionEncoding encoding, Microsoft.CodeAnalysis.Text.SourceText text, int index, int limit)
    {
        var c = text[index];
        var pair = char.IsHighSurrogate(c) && index + 1 < limit && char.IsLowSurrogate(text[index + 1]);
        var chars = pair ? 2 : 1;
        var units = encoding switch
        {
            PositionEncoding.Utf16 => chars,
            PositionEncoding.Utf32 => 1,
            // A lone surrogate is written as U+FFFD (three bytes) by every UTF-8 encoder.
            _ => pair ? 4 : c < 0x80 ? 1 : c < 0x800 ? 2 : 3,
        };
        return (units, chars);
    }
}
