using Microsoft.CodeAnalysis.Text;

namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>
/// One token or piece of trivia as the lexer reads the text, before (and without) any
/// parse: a kind and where it is, in UTF-16 code units. Its text is read from the
/// <see cref="LexicalTokenList"/> that holds it, only when asked for.
/// </summary>
/// <remarks>
/// The kinds are the tree's: keywords are always keywords (the parser may later take one
/// as a name), and a character no rule of the language takes is
/// <see cref="SyntaxKind.SkippedTokensTrivia"/>, as the tree keeps it.
/// </remarks>
public readonly record struct LexicalToken(SyntaxKind Kind, int Start, int End)
{
    public TextSpan Span => TextSpan.FromBounds(Start, End);

    public int Length => End - Start;

    /// <summary>Whitespace, a line end, a comment or a character no token takes: what the tree keeps as trivia.</summary>
    public bool IsTrivia => Kind is SyntaxKind.WhitespaceTrivia or SyntaxKind.EndOfLineTrivia or SyntaxKind.SingleLineCommentTrivia
        or SyntaxKind.MultiLineCommentTrivia or SyntaxKind.SkippedTokensTrivia;

    public bool IsComment => Kind is SyntaxKind.SingleLineCommentTrivia or SyntaxKind.MultiLineCommentTrivia;
}
