using System;
using System.Collections.Immutable;
using System.IO;
using Microsoft.CodeAnalysis.Text;

namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>
/// A token with its leading and trailing trivia. Missing tokens (inserted by error
/// recovery) have empty text and zero width; skipped tokens live in the trivia of the next
/// real token, so the tree always prints back the exact source.
/// </summary>
/// <remarks>
/// A big file has a million tokens, so a token stores only ints and two references
/// (parent, text): 48 bytes; the few with a value are a <see cref="LiteralToken"/>. Its
/// trivia is not stored but scanned again from the source when asked for, between where
/// its leading trivia starts and its trailing trivia ends (<see cref="TriviaSource"/>,
/// held by the root). Not sealed only for <see cref="LiteralToken"/>: no constructor is
/// visible outside the compiler.
/// </remarks>
public class SyntaxToken : SyntaxNode
{
    // The kind and the missing flag share an int: a separate bool would round the object up by eight bytes.
    private const int KindMask = 0xFFFF;
    private const int MissingFlag = 1 << 16;

    private readonly int _kindAndFlags;
    private readonly int _fullStart;
    private readonly int _fullEnd;

    private protected SyntaxToken(SyntaxKind kind, int position, string text, int fullStart, int fullEnd)
    {
        _kindAndFlags = (int)kind;
        Position = position;
        Text = text;
        _fullStart = fullStart;
        _fullEnd = fullEnd;
    }

    /// <summary>A token of the source: its text at <paramref name="position"/>, its trivia from <paramref name="fullStart"/> to <paramref name="fullEnd"/>.</summary>
    internal static SyntaxToken Create(SyntaxKind kind, int position, string text, object? value, int fullStart, int fullEnd) =>
        value is null
            ? new SyntaxToken(kind, position, text, fullStart, fullEnd)
            : new LiteralToken(kind, position, text, value, fullStart, fullEnd);

    private SyntaxToken(SyntaxKind kind, int position)
    {
        _kindAndFlags = (int)kind | MissingFlag;
        Position = position;
        Text = string.Empty;
        _fullStart = position;
        _fullEnd = position;
    }

    /// <summary>A zero-width token the source lacks, without trivia.</summary>
    internal static SyntaxToken Missing(SyntaxKind kind, int position) => new(kind, position);

    public override SyntaxKind Kind => (SyntaxKind)(_kindAndFlags & KindMask);

    /// <summary>Where the token's own text starts.</summary>
    public int Position { get; }

    public string Text { get; }

    /// <summary>
    /// The literal's value: <see cref="string"/> for strings (escapes resolved),
    /// <see cref="decimal"/> for numbers and percentages (15% is 15), <see cref="System.DateTime"/>
    /// for dates; null for other tokens and for malformed literals.
    /// </summary>
    public object? Value => (this as LiteralToken)?.LiteralValue;

    /// <summary>
    /// Everything between the previous token's trailing trivia and this token. Scanned on
    /// each call (an empty range, the common case, costs nothing): keep the array if you
    /// need it twice. Explicit trivia always tiles the same range, so an empty range means
    /// none of either.
    /// </summary>
    public ImmutableArray<SyntaxTrivia> LeadingTrivia =>
        _fullStart == Position ? ImmutableArray<SyntaxTrivia>.Empty : FindTriviaSourceOrThrow().Leading(this);

    /// <summary>What follows the token up to and including the end of its line. Scanned on each call.</summary>
    public ImmutableArray<SyntaxTrivia> TrailingTrivia =>
        _fullEnd == Position + Text.Length ? ImmutableArray<SyntaxTrivia>.Empty : FindTriviaSourceOrThrow().Trailing(this);

    public bool IsMissing => (_kindAndFlags & MissingFlag) != 0;

    public override TextSpan Span => new(Position, Text.Length);

    public override bool ContainsMissing => IsMissing;

    public override TextSpan FullSpan => TextSpan.FromBounds(_fullStart, _fullEnd);

    /// <summary>A token has no children.</summary>
    public override ImmutableArray<SyntaxNode> ChildNodesAndTokens() => ImmutableArray<SyntaxNode>.Empty;

    public override void WriteTo(TextWriter writer) => WriteTo(writer, IsMissing ? null : FindTriviaSourceOrThrow());

    /// <summary>Writes the token with its trivia; the caller found the tree's trivia source once for all its tokens.</summary>
    internal void WriteTo(TextWriter writer, TriviaSource? source)
    {
        if (IsMissing)
        {
            return; // no text and no trivia
        }

        (source ?? FindTriviaSourceOrThrow()).Write(writer, this);
    }

    public override string ToString() => Text;

    private TriviaSource FindTriviaSourceOrThrow() =>
        FindTriviaSource() ?? throw new InvalidOperationException("The token is not part of a parsed tree.");
}
