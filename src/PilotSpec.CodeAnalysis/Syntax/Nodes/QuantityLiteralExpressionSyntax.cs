using System.Collections.Immutable;

namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>A number with optional unit words: `12`, `18 minutes`, `3.5 million CNY`, `15 points`.</summary>
public sealed class QuantityLiteralExpressionSyntax : ExpressionSyntax
{
    internal QuantityLiteralExpressionSyntax(SyntaxToken numberToken, ImmutableArray<SyntaxToken> unitTokens)
        : base(numberToken, Items(unitTokens))
    {
        NumberToken = numberToken;
        UnitTokens = unitTokens;
    }

    public override SyntaxKind Kind => SyntaxKind.QuantityLiteralExpression;

    public SyntaxToken NumberToken { get; }

    public ImmutableArray<SyntaxToken> UnitTokens { get; }
}
