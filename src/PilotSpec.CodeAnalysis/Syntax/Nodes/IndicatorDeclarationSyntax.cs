namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>`indicator name "Title" { ... }`: a measured quantity with baseline and target.</summary>
public sealed class IndicatorDeclarationSyntax : DeclarationSyntax
{
    internal IndicatorDeclarationSyntax(SyntaxToken keyword, SyntaxToken identifier, SyntaxToken? title, BlockSyntax? body, SyntaxToken? semicolonToken)
        : base(keyword, identifier, title, body, semicolonToken)
    {
    }

    public override SyntaxKind Kind => SyntaxKind.IndicatorDeclaration;

}
