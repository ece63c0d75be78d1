using Microsoft.CodeAnalysis.Text;

namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>
/// Text that belongs to a token but is not part of the grammar: whitespace, line ends,
/// comments, and tokens the parser skipped while recovering from an error.
/// </summary>
public sealed class SyntaxTrivia
{
    internal SyntaxTrivia(SyntaxKind kind, int position, string text)
    {
        Kind = kind;
        Position = position;
        Text = text;
    }

    public SyntaxKind Kind { get; }

    public int Position { get; }

    public string Text { get; }

    public TextSpan Span => new(Position, Text.Length);

    public override string ToString() => Text;
}
