namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>`in wave`: narrows a quantifier to the sites of a wave or group.</summary>
public sealed class SiteFilterSyntax : CompositeSyntax
{
    internal SiteFilterSyntax(SyntaxToken inKeyword, SyntaxToken groupName)
        : base(inKeyword, groupName)
    {
        InKeyword = inKeyword;
        GroupName = groupName;
    }

    public override SyntaxKind Kind => SyntaxKind.SiteFilter;

    public SyntaxToken InKeyword { get; }

    public SyntaxToken GroupName { get; }
}
