namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>`site Name "Title" { ... }`: a place the pilot runs in or is compared with.</summary>
public sealed class SiteDeclarationSyntax : DeclarationSyntax
{
    internal SiteDeclarationSyntax(SyntaxToken keyword, SyntaxToken identifier, SyntaxToken? title, BlockSyntax? body, SyntaxToken? semicolonToken)
        : base(keyword, identifier, title, body, semicolonToken)
    {
    }

    public override SyntaxKind Kind => SyntaxKind.SiteDeclaration;

}
