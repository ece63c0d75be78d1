namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>`name: value, value`: one property of the enclosing declaration.</summary>
public sealed class PropertySyntax : MemberSyntax
{
    internal PropertySyntax(SyntaxToken nameToken, SyntaxToken colonToken, SeparatedSyntaxList<PropertyValueSyntax> values, SyntaxToken? semicolonToken)
        : base(nameToken, colonToken, values, semicolonToken)
    {
        NameToken = nameToken;
        ColonToken = colonToken;
        Values = values;
        SemicolonToken = semicolonToken;
    }

    public override SyntaxKind Kind => SyntaxKind.Property;

    public SyntaxToken NameToken { get; }

    public SyntaxToken ColonToken { get; }

    public SeparatedSyntaxList<PropertyValueSyntax> Values { get; }

    public SyntaxToken? SemicolonToken { get; }
}
