namespace PilotSpec.CodeAnalysis.Syntax.Parsing.FastPath;

/// <summary>
/// One token or piece of trivia as the hand-written lexer found it: a kind and where it
/// starts, in UTF-16 code units. Tokens tile the text, so each one ends where the next
/// starts (the end-of-file token closes the list): eight bytes a token, and no text is
/// copied until the parser turns it into a <see cref="SyntaxToken"/>.
/// </summary>
internal readonly struct LexedToken
{
    public LexedToken(SyntaxKind kind, int start)
    {
        Kind = kind;
        Start = start;
    }

    public SyntaxKind Kind { get; }

    public int Start { get; }

    public bool IsTrivia => Kind >= SyntaxKind.WhitespaceTrivia;
}
