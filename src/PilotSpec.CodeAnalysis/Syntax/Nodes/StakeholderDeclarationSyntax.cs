namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>`stakeholder Name "Title" { role: ... }`: a party involved in the pilot.</summary>
public sealed class StakeholderDeclarationSyntax : DeclarationSyntax
{
    internal StakeholderDeclarationSyntax(SyntaxToken keyword, SyntaxToken identifier, SyntaxToken? title, BlockSyntax? body, SyntaxToken? semicolonToken)
        : base(keyword, identifier, title, body, semicolonToken)
    {
    }

    public override SyntaxKind Kind => SyntaxKind.StakeholderDeclaration;

}
