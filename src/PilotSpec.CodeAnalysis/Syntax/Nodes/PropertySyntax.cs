using System.Collections.Immutable;

namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>`name: value, value`: one property of the enclosing declaration.</summary>
/// <remarks>
/// The commonest node of a big file: its parts are read from its children (name, colon,
/// values and commas, an optional semicolon) rather than kept twice.
/// </remarks>
public sealed class PropertySyntax : MemberSyntax
{
    private const int FirstValueIndex = 2;

    /// <summary>A property of <paramref name="valuesWithSeparators"/>: at least one value, then comma and value pairs.</summary>
    internal PropertySyntax(SyntaxToken nameToken, SyntaxToken colonToken, ImmutableArray<SyntaxNode> valuesWithSeparators, SyntaxToken? semicolonToken)
        : base(nameToken, colonToken, Items(valuesWithSeparators), semicolonToken)
    {
    }

    public override SyntaxKind Kind => SyntaxKind.Property;

    public SyntaxToken NameToken => (SyntaxToken)ChildNodesAndTokens()[0];

    public SyntaxToken ColonToken => (SyntaxToken)ChildNodesAndTokens()[1];

    /// <summary>A view of the children, made on each call: keep it if you need it twice.</summary>
    public SeparatedSyntaxList<PropertyValueSyntax> Values
    {
        get
        {
            var children = ChildNodesAndTokens();
            var length = children.Length - FirstValueIndex - (SemicolonToken is null ? 0 : 1);
            return new SeparatedSyntaxList<PropertyValueSyntax>(children, FirstValueIndex, length);
        }
    }

    /// <summary>How many values <see cref="Values"/> holds, without making the view.</summary>
    internal int ValueCount
    {
        get
        {
            var length = ChildNodesAndTokens().Length - FirstValueIndex - (SemicolonToken is null ? 0 : 1);
            return (length + 1) / 2; // value, then comma and value pairs
        }
    }

    /// <summary>The values always end with a value, so a token after the colon at the end is the semicolon.</summary>
    public SyntaxToken? SemicolonToken
    {
        get
        {
            var children = ChildNodesAndTokens();
            return children.Length > FirstValueIndex && children[children.Length - 1] is SyntaxToken semicolon ? semicolon : null;
        }
    }
}
