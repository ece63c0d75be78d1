namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>`wave first = [a, b]` or `group name { sites: ... }`: a named set of sites.</summary>
public sealed class WaveDeclarationSyntax : DeclarationSyntax
{
    internal WaveDeclarationSyntax(SyntaxToken keyword, SyntaxToken identifier, SyntaxToken? title, SyntaxToken? equalsToken, ExpressionSyntax? value, BlockSyntax? body, SyntaxToken? semicolonToken)
        : base(keyword, identifier, title, body, semicolonToken, equalsToken, value)
    {
        EqualsToken = equalsToken;
        Value = value;
    }

    public override SyntaxKind Kind => SyntaxKind.WaveDeclaration;

    public SyntaxToken? EqualsToken { get; }

    public ExpressionSyntax? Value { get; }
}
