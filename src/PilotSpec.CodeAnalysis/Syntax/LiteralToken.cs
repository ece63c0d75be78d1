namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>
/// A token with a value (a well-formed number, percentage, date or string): one token in
/// fifteen in a big file, so the value's field is paid only by these.
/// </summary>
internal sealed class LiteralToken : SyntaxToken
{
    internal LiteralToken(SyntaxKind kind, int position, string text, object value, int fullStart, int fullEnd)
        : base(kind, position, text, fullStart, fullEnd)
    {
        LiteralValue = value;
    }

    public object LiteralValue { get; }
}
