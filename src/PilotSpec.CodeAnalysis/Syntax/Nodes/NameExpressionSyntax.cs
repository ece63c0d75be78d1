namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>A reference to a declaration or a named value: `clearance_rate`, `quarterly`.</summary>
public sealed class NameExpressionSyntax : ExpressionSyntax
{
    internal NameExpressionSyntax(SyntaxToken identifierToken)
        : base(identifierToken)
    {
        IdentifierToken = identifierToken;
    }

    public override SyntaxKind Kind => SyntaxKind.NameExpression;

    public SyntaxToken IdentifierToken { get; }
}
