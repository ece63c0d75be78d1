namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>A string: `"case management system"`.</summary>
public sealed class StringLiteralExpressionSyntax : ExpressionSyntax
{
    internal StringLiteralExpressionSyntax(SyntaxToken stringToken)
        : base(stringToken)
    {
        StringToken = stringToken;
    }

    public override SyntaxKind Kind => SyntaxKind.StringLiteralExpression;

    public SyntaxToken StringToken { get; }
}
