namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>`indicator.member`: `clearance_rate.change`.</summary>
public sealed class MemberAccessExpressionSyntax : ExpressionSyntax
{
    internal MemberAccessExpressionSyntax(ExpressionSyntax expression, SyntaxToken dotToken, SyntaxToken nameToken)
        : base(expression, dotToken, nameToken)
    {
        Expression = expression;
        DotToken = dotToken;
        NameToken = nameToken;
    }

    public override SyntaxKind Kind => SyntaxKind.MemberAccessExpression;

    public ExpressionSyntax Expression { get; }

    public SyntaxToken DotToken { get; }

    public SyntaxToken NameToken { get; }
}
