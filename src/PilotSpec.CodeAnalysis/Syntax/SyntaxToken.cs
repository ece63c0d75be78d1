using System.Collections.Immutable;
using System.IO;
using Microsoft.CodeAnalysis.Text;

namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>
/// A token with its leading and trailing trivia. Missing tokens (inserted by error
/// recovery) have empty text and zero width; skipped tokens live in the trivia of the next
/// real token, so the tree always prints back the exact source.
/// </summary>
public sealed class SyntaxToken : SyntaxNode
{
    internal SyntaxToken(
        SyntaxKind kind,
        int position,
        string text,
        object? value,
        ImmutableArray<SyntaxTrivia> leadingTrivia,
        ImmutableArray<SyntaxTrivia> trailingTrivia,
        bool isMissing)
    {
        Kind = kind;
        Position = position;
        Text = text;
        Value = value;
        LeadingTrivia = leadingTrivia;
        TrailingTrivia = trailingTrivia;
        IsMissing = isMissing;

    }

    public override SyntaxKind Kind { get; }

    /// <summary>Where the token's own text starts.</summary>
    public int Position { get; }

    public string Text { get; }

    /// <summary>
    /// The literal's value: <see cref="string"/> for strings (escapes resolved),
    /// <see cref="decimal"/> for numbers and percentages (15% is 15), <see cref="System.DateTime"/>
    /// for dates; null for other tokens and for malformed literals.
    /// </summary>
    public object? Value { get; }

    public ImmutableArray<SyntaxTrivia> LeadingTrivia { get; }

    public ImmutableArray<SyntaxTrivia> TrailingTrivia { get; }

    public bool IsMissing { get; }

    public override TextSpan Span => new(Position, Text.Length);

    public override bool ContainsMissing => IsMissing;

    /// <summary>Computed, not stored: a big file has a million tokens.</summary>
    public override TextSpan FullSpan => TextSpan.FromBounds(
        LeadingTrivia.IsEmpty ? Position : LeadingTrivia[0].Position,
        TrailingTrivia.IsEmpty ? Position + Text.Length : TrailingTrivia[TrailingTrivia.Length - 1].Span.End);

    /// <summary>A token has no children.</summary>
    public override ImmutableArray<SyntaxNode> ChildNodesAndTokens() => ImmutableArray<SyntaxNode>.Empty;

    public override void WriteTo(TextWriter writer)
    {
        foreach (var trivia in LeadingTrivia)
        {
            writer.Write(trivia.Text);
        }

        writer.Write(Text);
        foreach (var trivia in TrailingTrivia)
        {
            writer.Write(trivia.Text);
        }
    }

    public override string ToString() => Text;
}
