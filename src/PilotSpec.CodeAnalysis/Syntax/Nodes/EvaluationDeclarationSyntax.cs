namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>`evaluation name at end of Phase { ... }`: criteria and the decision they lead to.</summary>
public sealed class EvaluationDeclarationSyntax : DeclarationSyntax
{
    internal EvaluationDeclarationSyntax(SyntaxToken keyword, SyntaxToken identifier, SyntaxToken? title, SyntaxToken? atKeyword, ExpressionSyntax? timing, BlockSyntax? body, SyntaxToken? semicolonToken)
        : base(keyword, identifier, title, body, semicolonToken, atKeyword, timing)
    {
        AtKeyword = atKeyword;
        Timing = timing;
    }

    public override SyntaxKind Kind => SyntaxKind.EvaluationDeclaration;

    public SyntaxToken? AtKeyword { get; }

    public ExpressionSyntax? Timing { get; }
}
