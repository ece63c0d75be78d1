namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>`true` or `false`.</summary>
public sealed class BooleanLiteralExpressionSyntax : ExpressionSyntax
{
    internal BooleanLiteralExpressionSyntax(SyntaxToken keyword)
        : base(keyword)
    {
        Keyword = keyword;
    }

    public override SyntaxKind Kind => SyntaxKind.BooleanLiteralExpression;

    public SyntaxToken Keyword { get; }
}
