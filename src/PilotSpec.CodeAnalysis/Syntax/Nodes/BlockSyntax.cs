using System.Collections.Immutable;

namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>`{ members }`: the body of a declaration.</summary>
public sealed class BlockSyntax : CompositeSyntax
{
    internal BlockSyntax(SyntaxToken openBraceToken, ImmutableArray<MemberSyntax> members, SyntaxToken closeBraceToken)
        : base(openBraceToken, Items(members), closeBraceToken)
    {
        OpenBraceToken = openBraceToken;
        Members = members;
        CloseBraceToken = closeBraceToken;
    }

    public override SyntaxKind Kind => SyntaxKind.Block;

    public SyntaxToken OpenBraceToken { get; }

    public ImmutableArray<MemberSyntax> Members { get; }

    public SyntaxToken CloseBraceToken { get; }
}
