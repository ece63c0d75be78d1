namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>`goal Name "Title" { ... }`: an aim of the pilot, measured by indicators.</summary>
public sealed class GoalDeclarationSyntax : DeclarationSyntax
{
    internal GoalDeclarationSyntax(SyntaxToken keyword, SyntaxToken identifier, SyntaxToken? title, BlockSyntax? body, SyntaxToken? semicolonToken)
        : base(keyword, identifier, title, body, semicolonToken)
    {
    }

    public override SyntaxKind Kind => SyntaxKind.GoalDeclaration;

}
