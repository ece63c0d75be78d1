namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>`phase Name "Title" { ... }`: a stage of the pilot with its timing and sites.</summary>
public sealed class PhaseDeclarationSyntax : DeclarationSyntax
{
    internal PhaseDeclarationSyntax(SyntaxToken keyword, SyntaxToken identifier, SyntaxToken? title, BlockSyntax? body, SyntaxToken? semicolonToken)
        : base(keyword, identifier, title, body, semicolonToken)
    {
    }

    public override SyntaxKind Kind => SyntaxKind.PhaseDeclaration;

}
