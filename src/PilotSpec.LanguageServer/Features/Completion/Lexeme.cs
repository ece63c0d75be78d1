using System.Collections;
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
/// version is not parsed yet, and completion must not wait for that). Every token but
/// whitespace, line ends and comments, in source order; a view over the lexer's list, four
/// bytes a token (an open document keeps one per version: see OpenDocument.Lexemes).
/// </summary>
public sealed class Lexemes : IReadOnlyList<Lexeme>
{
    private readonly int[] _indices; // into Tokens

    private Lexemes(LexicalTokenList tokens, int[] indices)
    {
        Tokens = tokens;
        _indices = indices;
    }

    /// <summary>All the tokens, trivia included, that these are the significant ones of.</summary>
    public LexicalTokenList Tokens { get; }

    public int Count => _indices.Length;

    public Lexeme this[int index]
    {
        get
        {
            var token = Tokens[_indices[index]];
            // A character no token takes still sits between the tokens around it: `in: @|` is
            // not right after the colon.
            var kind = token.Kind == SyntaxKind.SkippedTokensTrivia ? SyntaxKind.None : token.Kind;
            return new Lexeme(kind, token.Start, token.End, Tokens.Text);
        }
    }

    public static Lexemes Of(string text) => Of(SyntaxLexer.Lex(text));

    public static Lexemes Of(LexicalTokenList tokens)
    {
        var count = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            count += IsSignificant(tokens[i].Kind) ? 1 : 0;
        }

        var indices = new int[count];
        var next = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (IsSignificant(tokens[i].Kind))
            {
                indices[next++] = i;
            }
        }

        return new Lexemes(tokens, indices);
    }

    public IEnumerator<Lexeme> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static bool IsSignificant(SyntaxKind kind) =>
        kind is not (SyntaxKind.WhitespaceTrivia or SyntaxKind.EndOfLineTrivia or SyntaxKind.SingleLineCommentTrivia
            or SyntaxKind.MultiLineCommentTrivia or SyntaxKind.EndOfFileToken);
}
