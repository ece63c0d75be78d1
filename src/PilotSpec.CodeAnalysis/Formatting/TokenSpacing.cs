using System.Linq;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Formatting;

/// <summary>
/// The space between two tokens on one line, and whether a line break the author put
/// between them may stay. Only whitespace is decided here: tokens never change, so the
/// formatted spec parses to the same tree.
/// </summary>
internal static class TokenSpacing
{
    /// <summary>True for one space, false for none.</summary>
    public static bool NeedsSpace(SyntaxToken previous, SyntaxToken current)
    {
        // Before closing and separating punctuation: `f(a)`, `[a, b]`, `name: v;`, `x.y`.
        if (current.Kind is SyntaxKind.CloseParenToken or SyntaxKind.CloseBracketToken
            or SyntaxKind.CommaToken or SyntaxKind.SemicolonToken or SyntaxKind.ColonToken or SyntaxKind.DotToken)
        {
            return false;
        }

        // After opening punctuation and the member-access dot: `(a`, `[a`, `x.y`.
        if (previous.Kind is SyntaxKind.OpenParenToken or SyntaxKind.OpenBracketToken or SyntaxKind.DotToken)
        {
            return false;
        }

        // A sign sticks to its operand: `+15 points`, `-10%`.
        if (IsUnaryOperator(previous))
        {
            return false;
        }

        // `0,100` and `1,200` stay glued: that is a number written with a grouping comma (PS0706),
        // and a space would turn it into two values — a different spec, not a reformatted one.
        if (previous.Kind == SyntaxKind.CommaToken && current.Kind == SyntaxKind.NumberLiteralToken && previous.Span.End == current.Span.Start
            && previous.Parent is PropertySyntax property && property.Values.Any(v => v.Span.End == previous.Span.Start))
        {
            return false;
        }

        // Full-width punctuation (`：`, `，`, `、`, `；`) carries its own space, as in Chinese text.
        if (IsFullWidthPunctuation(previous))
        {
            return false;
        }

        // `15pp` stays glued, `15 points` stays apart: both are the writer's choice of unit spelling.
        if (current.Parent is QuantityLiteralExpressionSyntax quantity
            && quantity.UnitTokens.Length > 0
            && ReferenceEquals(quantity.UnitTokens[0], current)
            && ReferenceEquals(quantity.NumberToken, previous))
        {
            return previous.Span.End != current.Span.Start;
        }

        return true;
    }

    /// <summary>
    /// Whether a line break written before <paramref name="current"/> (inside one member) is kept,
    /// as a continuation line. Breaks before separators, before a block's `{`, after a sign
    /// and around a member-access dot are joined: nobody means them.
    /// </summary>
    public static bool MayBreakBefore(SyntaxToken previous, SyntaxToken current) =>
        current.Kind is not (SyntaxKind.CommaToken or SyntaxKind.SemicolonToken or SyntaxKind.ColonToken
            or SyntaxKind.DotToken or SyntaxKind.OpenBraceToken)
        && previous.Kind != SyntaxKind.DotToken
        && !IsUnaryOperator(previous);

    /// <summary>A sign (`+`, `-`); `not` is a word and keeps its space.</summary>
    public static bool IsUnaryOperator(SyntaxToken token) =>
        token.Kind is SyntaxKind.PlusToken or SyntaxKind.MinusToken
        && token.Parent is UnaryExpressionSyntax unary
        && ReferenceEquals(unary.OperatorToken, token);

    public static bool IsFullWidthPunctuation(SyntaxToken token) =>
        SyntaxFacts.IsPunctuation(token.Kind) && IsFullWidth(token.Text);

    private static bool IsFullWidth(string text) =>
        text.Length == 1 && (text[0] >= '\u3000' && text[0] <= '\u303F' || text[0] >= '\uFF00' && text[0] <= '\uFFEF');
}
