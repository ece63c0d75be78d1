namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>`import "catalogue.pilot"`: another file whose declarations this one uses.</summary>
public sealed class ImportDirectiveSyntax : MemberSyntax
{
    internal ImportDirectiveSyntax(SyntaxToken importKeyword, SyntaxToken path, SyntaxToken? semicolonToken)
        : base(importKeyword, path, semicolonToken)
    {
        ImportKeyword = importKeyword;
        Path = path;
        SemicolonToken = semicolonToken;
    }

    public override SyntaxKind Kind => SyntaxKind.ImportDirective;

    public SyntaxToken ImportKeyword { get; }

    public SyntaxToken Path { get; }

    public SyntaxToken? SemicolonToken { get; }
}
