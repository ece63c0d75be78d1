namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>`all met`, `any met`, `none met`: how many of an evaluation's criteria hold.</summary>
public sealed class CriteriaCountExpressionSyntax : ExpressionSyntax
{
    internal CriteriaCountExpressionSyntax(SyntaxToken keyword, SyntaxToken metKeyword)
        : base(keyword, metKeyword)
    {
        Keyword = keyword;
        MetKeyword = metKeyword;
    }

    public override SyntaxKind Kind => SyntaxKind.CriteriaCountExpression;

    public SyntaxToken Keyword { get; }

    public SyntaxToken MetKeyword { get; }
}
