namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>`[a, b, c]`.</summary>
public sealed class ListExpressionSyntax : ExpressionSyntax
{
    internal ListExpressionSyntax(SyntaxToken openBracketToken, SeparatedSyntaxList<ExpressionSyntax> items, SyntaxToken closeBracketToken)
        : base(openBracketToken, items, closeBracketToken)
    {
        OpenBracketToken = openBracketToken;
        Items = items;
        CloseBracketToken = closeBracketToken;
    }

    public override SyntaxKind Kind => SyntaxKind.ListExpression;

    public SyntaxToken OpenBracketToken { get; }

    public SeparatedSyntaxList<ExpressionSyntax> Items { get; }

    public SyntaxToken CloseBracketToken { get; }
}
