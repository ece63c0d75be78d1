namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>`pilot Name "Title" { ... }`: the pilot a file specifies.</summary>
public sealed class PilotDeclarationSyntax : DeclarationSyntax
{
    internal PilotDeclarationSyntax(SyntaxToken keyword, SyntaxToken identifier, SyntaxToken? title, BlockSyntax body, SyntaxToken? semicolonToken)
        : base(keyword, identifier, title, body, semicolonToken)
    {
    }

    public override SyntaxKind Kind => SyntaxKind.PilotDeclaration;


    /// <summary>A pilot always has a body; the parser inserts missing braces.</summary>
    public new BlockSyntax Body => base.Body!;
}
