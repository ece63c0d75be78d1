namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>A date: `2019-03-01`.</summary>
public sealed class DateLiteralExpressionSyntax : ExpressionSyntax
{
    internal DateLiteralExpressionSyntax(SyntaxToken dateToken)
        : base(dateToken)
    {
        DateToken = dateToken;
    }

    public override SyntaxKind Kind => SyntaxKind.DateLiteralExpression;

    public SyntaxToken DateToken { get; }
}
