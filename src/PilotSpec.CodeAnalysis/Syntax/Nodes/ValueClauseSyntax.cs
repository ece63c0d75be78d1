namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>A clause qualifying a value: `on DATE`, `by DATE`, `from SOURCE`, `against GROUP`, `weight W`, `when CONDITION`.</summary>
public sealed class ValueClauseSyntax : CompositeSyntax
{
    internal ValueClauseSyntax(SyntaxToken keyword, ExpressionSyntax expression)
        : base(keyword, expression)
    {
        Keyword = keyword;
        Expression = expression;
    }

    public override SyntaxKind Kind => SyntaxKind.ValueClause;

    public SyntaxToken Keyword { get; }

    public ExpressionSyntax Expression { get; }
}
