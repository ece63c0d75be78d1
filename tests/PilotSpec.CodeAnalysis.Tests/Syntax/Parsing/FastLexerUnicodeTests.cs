using Antlr4.Runtime;
using PilotSpec.CodeAnalysis.Syntax.Generated;
using PilotSpec.CodeAnalysis.Syntax.Parsing.FastPath;

namespace PilotSpec.CodeAnalysis.Tests.Syntax.Parsing;

/// <summary>
/// The fast lexer classifies identifier characters with .NET's Unicode tables; the ANTLR
/// lexer, the reference, with the tables of the ANTLR tool that generated it. The two
/// Unicode versions differ (.NET 10 knows letters ANTLR 4.13 does not), so the fast lexer
/// answers only for long-assigned scripts, and every character of the Basic Multilingual
/// Plane it answers for is checked against the reference, both as the first character of a
/// name and after one.
/// </summary>
public sealed class FastLexerUnicodeTests
{
    [Fact]
    public void Identifier_start_characters_match_the_reference_lexer()
    {
        var characters = BmpCharacters();
        // One character per line: a quote or comment start ends at the line end.
        var tokens = LexWithReference(string.Concat(characters.Select(c => c + "\n")));
        var identifierStarts = tokens.Where(t => t.Type == PilotLexer.IDENTIFIER || IsKeyword(t)).Select(t => t.StartIndex).ToHashSet();

        var mismatches = characters
            .Select((c, i) => (Character: c, Position: i * 2))
            .Where(x => (IdentifierCharacters.Classify(x.Character) == NameCharacter.Start) != identifierStarts.Contains(x.Position))
            .Select(x => $"U+{(int)x.Character:X4}")
            .ToList();

        Assert.Empty(mismatches);
    }

    [Fact]
    public void Identifier_part_characters_match_the_reference_lexer()
    {
        var characters = BmpCharacters();
        var tokens = LexWithReference(string.Concat(characters.Select(c => "a" + c + "\n")));
        var twoCharacterNames = tokens.Where(t => (t.Type == PilotLexer.IDENTIFIER || IsKeyword(t)) && t.StopIndex - t.StartIndex == 1).Select(t => t.StartIndex).ToHashSet();

        var mismatches = characters
            .Select((c, i) => (Character: c, Position: i * 3))
            .Where(x => (IdentifierCharacters.Classify(x.Character) is NameCharacter.Start or NameCharacter.Part) != twoCharacterNames.Contains(x.Position))
            .Select(x => $"U+{(int)x.Character:X4}")
            .ToList();

        Assert.Empty(mismatches);
    }

    private static bool IsKeyword(IToken token) => token.Type >= PilotLexer.PILOT && token.Type <= PilotLexer.WHEN;

    [Fact]
    public void The_classified_characters_cover_the_scripts_of_real_specs()
    {
        // The fast path must not give up on Chinese, Latin with accents, Greek or Cyrillic names.
        Assert.All("东城区街道改革ÜnïcodeΑθήναМосква_x1", c => Assert.NotEqual(NameCharacter.Unknown, IdentifierCharacters.Classify(c)));
        Assert.Equal(NameCharacter.Unknown, IdentifierCharacters.Classify('\u1C89')); // a Unicode 16 letter ANTLR 4.13 does not know
    }

    /// <summary>Every BMP character the fast lexer classifies, but line ends (the separators).</summary>
    private static List<char> BmpCharacters() =>
        Enumerable.Range(0, 0x10000)
            .Select(i => (char)i)
            .Where(c => !char.IsSurrogate(c) && c is not ('\r' or '\n' or '\u2028' or '\u2029'))
            .Where(c => IdentifierCharacters.Classify(c) != NameCharacter.Unknown)
            .ToList();

    private static IList<IToken> LexWithReference(string text)
    {
        var lexer = new PilotLexer(CharStreams.fromString(text), TextWriter.Null, TextWriter.Null);
        lexer.RemoveErrorListeners();
        var stream = new CommonTokenStream(lexer);
        stream.Fill();
        return stream.GetTokens();
    }
}
