using FsCheck;
using FsCheck.Fluent;

namespace PilotSpec.CodeAnalysis.Tests.TestSupport.Generators;

/// <summary>Generators of input texts for the parser's property tests.</summary>
internal static class TextGenerators
{
    /// <summary>Any UTF-16 code unit that is not a surrogate, biased towards ASCII, controls and CJK.</summary>
    public static Gen<string> NonSurrogateCharacter { get; } =
        Gen.Frequency(
            (6, Gen.Choose(0x20, 0x7E)),
            (2, Gen.Choose(0x00, 0x1F)),
            (2, Gen.Choose(0x4E00, 0x9FFF)),
            (2, Gen.Choose(0x80, 0xD7FF)),
            (1, Gen.Choose(0xE000, 0xFFFF)))
        .Select(code => ((char)code).ToString());

    /// <summary>A character outside the BMP, as its (valid) surrogate pair.</summary>
    public static Gen<string> SupplementaryCharacter { get; } =
        Gen.Choose(0x10000, 0x10FFFF).Select(char.ConvertFromUtf32);

    /// <summary>A high or low surrogate on its own: not well-formed UTF-16, but a .NET string may hold it.</summary>
    public static Gen<string> LoneSurrogate { get; } =
        Gen.Choose(0xD800, 0xDFFF).Select(code => ((char)code).ToString());

    public static Gen<string> Fragment { get; } = Gen.Elements(LanguageFragments.All.ToArray());

    public static Gen<string> Statement { get; } = Gen.Elements(LanguageFragments.Statements.ToArray());

    /// <summary>
    /// Well-formed UTF-16: tokens of the language (mostly spaced, so they stay tokens and reach
    /// the parser) mixed with arbitrary characters, NULs and CR/LF mixes.
    /// </summary>
    public static Gen<string> WellFormedText { get; } =
        Concatenation(Gen.Frequency(
            (6, Fragment.Select(fragment => fragment + " ")),
            (3, Fragment),
            (3, NonSurrogateCharacter),
            (1, SupplementaryCharacter),
            (2, Statement)));

    /// <summary>Like <see cref="WellFormedText"/>, plus lone surrogates anywhere.</summary>
    public static Gen<string> AnyUtf16Text { get; } =
        Concatenation(Gen.Frequency(
            (5, Fragment),
            (4, NonSurrogateCharacter),
            (1, SupplementaryCharacter),
            (1, LoneSurrogate)));

    /// <summary>Shrinks by dropping pieces whole, never splitting a surrogate pair: a failure shrinks to a small, still well-formed repro.</summary>
    public static IEnumerable<string> ShrinkText(string text)
    {
        var pieces = CodePoints(text);
        for (var size = pieces.Count / 2; size >= 1; size /= 2)
        {
            for (var start = 0; start + size <= pieces.Count; start += size)
            {
                yield return string.Concat(pieces.Take(start).Concat(pieces.Skip(start + size)));
            }
        }
    }

    /// <summary>The text cut into code points: a surrogate pair stays whole, a lone surrogate is a piece of its own.</summary>
    public static IReadOnlyList<string> CodePoints(string text)
    {
        var pieces = new List<string>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var pair = char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            pieces.Add(text.Substring(i, pair ? 2 : 1));
            if (pair)
            {
                i++;
            }
        }

        return pieces;
    }

    public static Arbitrary<string> ToTextArbitrary(this Gen<string> generator) => Arb.From(generator, ShrinkText);

    public static Gen<string> Concatenation(Gen<string> piece) =>
        Gen.Sized(size => Gen.Choose(0, Math.Max(1, size * 2)).SelectMany(count => Gen.ListOf(piece, count)))
            .Select(pieces => string.Concat(pieces));
}
