namespace PilotSpec.CodeAnalysis.Syntax.Parsing.FastPath;

/// <summary>
/// One token or piece of trivia as the hand-written lexer found it: a kind and a span of
/// UTF-16 code units. No text is copied until the parser turns it into a <see cref="SyntaxToken"/>.
/// </summary>
internal readonly struct LexedToken
{
    public LexedToken(SyntaxKind kind, int start, int length)
    {
        Kind = kind;
        Start = start;
        Length = length;
    }

    public SyntaxKind Kind { get; }

    public int Start { get; }

    public int Length { get; }

    public bool IsTrivia => Kind >= SyntaxKind.WhitespaceTrivia;
}
