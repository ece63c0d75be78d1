namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>`at all sites`, optionally `in wave`.</summary>
public sealed class AllSitesQuantifierSyntax : QuantifierSyntax
{
    internal AllSitesQuantifierSyntax(SyntaxToken atKeyword, SyntaxToken allKeyword, SyntaxToken? sitesKeyword, SiteFilterSyntax? filter)
        : base(atKeyword, allKeyword, sitesKeyword, filter)
    {
        AtKeyword = atKeyword;
        AllKeyword = allKeyword;
        SitesKeyword = sitesKeyword;
        Filter = filter;
    }

    public override SyntaxKind Kind => SyntaxKind.AllSitesQuantifier;

    public SyntaxToken AtKeyword { get; }

    public SyntaxToken AllKeyword { get; }

    public SyntaxToken? SitesKeyword { get; }

    public SiteFilterSyntax? Filter { get; }
}
