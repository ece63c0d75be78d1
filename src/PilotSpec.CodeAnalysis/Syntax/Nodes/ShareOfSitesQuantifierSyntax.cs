namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>`at 80% of sites` or `at 3 of sites`, optionally `in wave`.</summary>
public sealed class ShareOfSitesQuantifierSyntax : QuantifierSyntax
{
    internal ShareOfSitesQuantifierSyntax(SyntaxToken atKeyword, SyntaxToken shareToken, SyntaxToken ofKeyword, SyntaxToken sitesKeyword, SiteFilterSyntax? filter)
        : base(atKeyword, shareToken, ofKeyword, sitesKeyword, filter)
    {
        AtKeyword = atKeyword;
        ShareToken = shareToken;
        OfKeyword = ofKeyword;
        SitesKeyword = sitesKeyword;
        Filter = filter;
    }

    public override SyntaxKind Kind => SyntaxKind.ShareOfSitesQuantifier;

    public SyntaxToken AtKeyword { get; }

    public SyntaxToken ShareToken { get; }

    public SyntaxToken OfKeyword { get; }

    public SyntaxToken SitesKeyword { get; }

    public SiteFilterSyntax? Filter { get; }
}
