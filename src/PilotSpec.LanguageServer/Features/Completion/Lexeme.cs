using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.LanguageServer.Features.Completion;

/// <summary>
/// A token as the text has it, whatever tree the parser would make of broken input: its
/// kind, where it is, and its text, copied out of the source only when read.
/// </summary>
public readonly struct Lexeme
{
    private readonly string _source;

    public Lexeme(SyntaxKind kind, int start, int end, string source)
    {
        Kind = kind;
        Start = start;
        End = end;
        _source = source;
    }

    public SyntaxKind Kind { get; }

    public int Start { get; }

    public int End { get; }

    public string Text => _source.Substring(Start, End - Start);

    public bool IsWord => Kind == SyntaxKind.IdentifierToken || SyntaxFacts.IsKeyword(Kind);

    public bool Is(SyntaxKind kind) => Kind == kind;

    public override string ToString() => $"{Kind} [{Start}..{End}) {Text}";
}

/// <summary>
/// The significant tokens of a text, straight from the lexer (no parse): completion reads
/// them to find where the caret is, because an unfinished line can make the parser build
/// an arbitrary tree while the tokens are always exactly what the writer typed, and because
/// lexing a large spec costs a fraction of parsing it (right after a keystroke the new
/// version is not parsed yet, and completion must not wait for that).
/// </summary>
public static class Lexemes
{
    /// <summary>Every token but whitespace, line ends and comments, in source order (an open document keeps them with its version: see OpenDocument.Lexemes).</summary>
    public static ImmutableArray<Lexeme> Of(LexicalTokenList tokens)
    {
        var lexemes = ImmutableArray.CreateBuilder<Lexeme>(CountSignificant(tokens));
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (IsSignificant(token.Kind))
            {
                // A character no token takes still sits between the tokens around it: `in: @|`
                // is not right after the colon.
                var kind = token.Kind == SyntaxKind.SkippedTokensTrivia ? SyntaxKind.None : token.Kind;
                lexemes.Add(new Lexeme(kind, token.Start, token.End, tokens.Text));
            }
        }

        return lexemes.MoveToImmutable();
    }

    private static int CountSignificant(LexicalTokenList tokens)
    {
        var count = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (IsSignificant(tokens[i].Kind))
            {
                count++;
            }
        }

        return count;
    }

    private static bool IsSignificant(SyntaxKind kind) =>
        kind is not (SyntaxKind.WhitespaceTrivia or SyntaxKind.EndOfLineTrivia or SyntaxKind.SingleLineCommentTrivia
            or SyntaxKind.MultiLineCommentTrivia or SyntaxKind.EndOfFileToken);
}
