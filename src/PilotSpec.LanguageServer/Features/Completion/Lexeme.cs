using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.LanguageServer.Features.Completion;

/// <summary>A token as the text has it, whatever tree the parser made of broken input.</summary>
public readonly record struct Lexeme(SyntaxKind Kind, int Start, int End, string Text)
{
    public bool IsWord => Kind == SyntaxKind.IdentifierToken || SyntaxFacts.IsKeyword(Kind);

    public bool Is(SyntaxKind kind) => Kind == kind;
}

/// <summary>
/// Flattens a tree back into its tokens: every real token plus the tokens error recovery
/// skipped (kept in trivia), in source order. Completion reads this flat list because an
/// unfinished line can make the parser build an arbitrary tree, while the tokens are
/// always exactly what the writer typed.
/// </summary>
public static class Lexemes
{
    private static readonly Dictionary<string, SyntaxKind> Punctuation = BuildPunctuation();

    /// <summary>The tokens of the whole tree, in source order (an open document keeps them with its version: see OpenDocument.Lexemes).</summary>
    public static ImmutableArray<Lexeme> Of(SyntaxTree tree)
    {
        var lexemes = new List<Lexeme>(tree.Text.Length / 8); // about one token per 8 characters in specs
        foreach (var token in tree.Root.DescendantTokens())
        {
            AddSkipped(token.LeadingTrivia, lexemes);
            if (!token.IsMissing && token.Kind != SyntaxKind.EndOfFileToken)
            {
                // Recovery may turn a keyword into a name (`at` read as a property name when
                // the colon is missing): keywords are reserved, so the text says what it is.
                var kind = token.Kind == SyntaxKind.IdentifierToken && SyntaxFacts.GetKeywordKind(token.Text) is var keyword && keyword != SyntaxKind.None
                    ? keyword
                    : token.Kind;
                lexemes.Add(new Lexeme(kind, token.Span.Start, token.Span.End, token.Text));
            }

            AddSkipped(token.TrailingTrivia, lexemes);
        }

        // Skipped tokens sit in trivia, so the list is almost always in order already.
        if (!IsSorted(lexemes))
        {
            lexemes.Sort((a, b) => a.Start.CompareTo(b.Start));
        }

        return lexemes.ToImmutableArray();
    }

    private static bool IsSorted(List<Lexeme> lexemes)
    {
        for (var i = 1; i < lexemes.Count; i++)
        {
            if (lexemes[i].Start < lexemes[i - 1].Start)
            {
                return false;
            }
        }

        return true;
    }

    private static void AddSkipped(ImmutableArray<SyntaxTrivia> trivia, List<Lexeme> lexemes)
    {
        // A plain loop over the array: this runs for every token of the file on each version.
        foreach (var skipped in trivia)
        {
            if (skipped.Kind == SyntaxKind.SkippedTokensTrivia)
            {
                lexemes.Add(new Lexeme(Classify(skipped.Text), skipped.Span.Start, skipped.Span.End, skipped.Text));
            }
        }
    }

    private static SyntaxKind Classify(string text)
    {
        if (text.Length == 0)
        {
            return SyntaxKind.None;
        }

        if (Punctuation.TryGetValue(text, out var punctuation))
        {
            return punctuation;
        }

        var keyword = SyntaxFacts.GetKeywordKind(text);
        if (keyword != SyntaxKind.None)
        {
            return keyword;
        }

        var first = text[0];
        return first switch
        {
            '"' or '“' => SyntaxKind.StringLiteralToken,
            _ when char.IsDigit(first) => text.EndsWith('%') ? SyntaxKind.PercentLiteralToken : text.Count(c => c == '-') == 2 ? SyntaxKind.DateLiteralToken : SyntaxKind.NumberLiteralToken,
            _ when char.IsLetter(first) || first == '_' || char.IsSurrogate(first) => SyntaxKind.IdentifierToken,
            _ => SyntaxKind.None,
        };
    }

    private static Dictionary<string, SyntaxKind> BuildPunctuation()
    {
        var map = new Dictionary<string, SyntaxKind>(StringComparer.Ordinal);
        foreach (var kind in Enum.GetValues<SyntaxKind>().Where(SyntaxFacts.IsPunctuation))
        {
            if (SyntaxFacts.GetText(kind) is { } text)
            {
                map[text] = kind;
            }
        }

        // What a Chinese input method types means the same (see the lexer).
        map["（"] = SyntaxKind.OpenParenToken;
        map["）"] = SyntaxKind.CloseParenToken;
        map["："] = SyntaxKind.ColonToken;
        map["；"] = SyntaxKind.SemicolonToken;
        map["，"] = SyntaxKind.CommaToken;
        map["、"] = SyntaxKind.CommaToken;
        return map;
    }
}
