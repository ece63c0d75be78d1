namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>`condition at 80% of sites`: a per-site condition and the share of sites where it must hold.</summary>
public sealed class QuantifiedExpressionSyntax : ExpressionSyntax
{
    internal QuantifiedExpressionSyntax(ExpressionSyntax expression, QuantifierSyntax quantifier)
        : base(expression, quantifier)
    {
        Expression = expression;
        Quantifier = quantifier;
    }

    public override SyntaxKind Kind => SyntaxKind.QuantifiedExpression;

    public ExpressionSyntax Expression { get; }

    public QuantifierSyntax Quantifier { get; }
}
