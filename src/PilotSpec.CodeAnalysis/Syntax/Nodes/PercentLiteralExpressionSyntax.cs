namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>A percentage: `62%`.</summary>
public sealed class PercentLiteralExpressionSyntax : ExpressionSyntax
{
    internal PercentLiteralExpressionSyntax(SyntaxToken percentToken)
        : base(percentToken)
    {
        PercentToken = percentToken;
    }

    public override SyntaxKind Kind => SyntaxKind.PercentLiteralExpression;

    public SyntaxToken PercentToken { get; }
}
