namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>`at 东城区`: one named site.</summary>
public sealed class SingleSiteQuantifierSyntax : QuantifierSyntax
{
    internal SingleSiteQuantifierSyntax(SyntaxToken atKeyword, SyntaxToken siteName)
        : base(atKeyword, siteName)
    {
        AtKeyword = atKeyword;
        SiteName = siteName;
    }

    public override SyntaxKind Kind => SyntaxKind.SingleSiteQuantifier;

    public SyntaxToken AtKeyword { get; }

    public SyntaxToken SiteName { get; }
}
