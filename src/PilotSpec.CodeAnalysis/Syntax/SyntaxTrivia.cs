using Microsoft.CodeAnalysis.Text;

namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>
/// Text that belongs to a token but is not part of the grammar: whitespace, line ends,
/// comments, and tokens the parser skipped while recovering from an error.
/// </summary>
/// <remarks>
/// A value, as in Roslyn: a big file has close to a million pieces of trivia, and as a
/// struct they live inside their token's trivia array instead of as objects of their own.
/// </remarks>
public readonly struct SyntaxTrivia : System.IEquatable<SyntaxTrivia>
{
    private readonly string? _text;

    internal SyntaxTrivia(SyntaxKind kind, int position, string text)
    {
        Kind = kind;
        Position = position;
        _text = text;
    }

    public SyntaxKind Kind { get; }

    public int Position { get; }

    /// <summary>The trivia's text; empty for the default value.</summary>
    public string Text => _text ?? string.Empty;

    public bool Equals(SyntaxTrivia other) => Kind == other.Kind && Position == other.Position && Text == other.Text;

    public override bool Equals(object? obj) => obj is SyntaxTrivia other && Equals(other);

    public override int GetHashCode() => ((int)Kind * 397) ^ Position;

    public static bool operator ==(SyntaxTrivia left, SyntaxTrivia right) => left.Equals(right);

    public static bool operator !=(SyntaxTrivia left, SyntaxTrivia right) => !left.Equals(right);

    public TextSpan Span => new(Position, Text.Length);

    public override string ToString() => Text;
}
