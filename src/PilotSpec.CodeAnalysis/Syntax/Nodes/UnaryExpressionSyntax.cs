namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>`+15%`, `-3 days`.</summary>
public sealed class UnaryExpressionSyntax : ExpressionSyntax
{
    internal UnaryExpressionSyntax(SyntaxToken operatorToken, ExpressionSyntax operand)
        : base(operatorToken, operand)
    {
        OperatorToken = operatorToken;
        Operand = operand;
    }

    public override SyntaxKind Kind => SyntaxKind.UnaryExpression;

    public SyntaxToken OperatorToken { get; }

    public ExpressionSyntax Operand { get; }
}
