namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>`alert name { when: ...; notify: ... }`: a rule the monitor checks continuously.</summary>
public sealed class AlertDeclarationSyntax : DeclarationSyntax
{
    internal AlertDeclarationSyntax(SyntaxToken keyword, SyntaxToken identifier, SyntaxToken? title, BlockSyntax? body, SyntaxToken? semicolonToken)
        : base(keyword, identifier, title, body, semicolonToken)
    {
    }

    public override SyntaxKind Kind => SyntaxKind.AlertDeclaration;

}
