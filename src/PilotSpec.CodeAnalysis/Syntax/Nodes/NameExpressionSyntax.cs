namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>A reference to a declaration or a named value: `clearance_rate`, `quarterly`.</summary>
public sealed class NameExpressionSyntax : ExpressionSyntax
{
    internal NameExpressionSyntax(SyntaxToken identifierToken)
        : base(identifierToken)
    {
    }

    public override SyntaxKind Kind => SyntaxKind.NameExpression;

    /// <summary>Read from the children, not kept twice: a big file has a hundred thousand names.</summary>
    public SyntaxToken IdentifierToken => (SyntaxToken)ChildNodesAndTokens()[0];
}
