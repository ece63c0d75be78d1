namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>`at any site`, optionally `in wave`.</summary>
public sealed class AnySiteQuantifierSyntax : QuantifierSyntax
{
    internal AnySiteQuantifierSyntax(SyntaxToken atKeyword, SyntaxToken anyKeyword, SyntaxToken siteKeyword, SiteFilterSyntax? filter)
        : base(atKeyword, anyKeyword, siteKeyword, filter)
    {
        AtKeyword = atKeyword;
        AnyKeyword = anyKeyword;
        SiteKeyword = siteKeyword;
        Filter = filter;
    }

    public override SyntaxKind Kind => SyntaxKind.AnySiteQuantifier;

    public SyntaxToken AtKeyword { get; }

    public SyntaxToken AnyKeyword { get; }

    public SyntaxToken SiteKeyword { get; }

    public SiteFilterSyntax? Filter { get; }
}
