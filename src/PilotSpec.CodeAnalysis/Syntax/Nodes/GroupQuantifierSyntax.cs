namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>`in first`: every site of a wave or group.</summary>
public sealed class GroupQuantifierSyntax : QuantifierSyntax
{
    internal GroupQuantifierSyntax(SiteFilterSyntax filter)
        : base(filter)
    {
        Filter = filter;
    }

    public override SyntaxKind Kind => SyntaxKind.GroupQuantifier;

    public SiteFilterSyntax Filter { get; }
}
