namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>`all` or `all sites`: every site of the pilot.</summary>
public sealed class AllSitesExpressionSyntax : ExpressionSyntax
{
    internal AllSitesExpressionSyntax(SyntaxToken allKeyword, SyntaxToken? sitesKeyword)
        : base(allKeyword, sitesKeyword)
    {
        AllKeyword = allKeyword;
        SitesKeyword = sitesKeyword;
    }

    public override SyntaxKind Kind => SyntaxKind.AllSitesExpression;

    public SyntaxToken AllKeyword { get; }

    public SyntaxToken? SitesKeyword { get; }
}
