using System.Collections.Immutable;

namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>One value of a property: an expression and its clauses (`62% on 2018-12-31`).</summary>
public sealed class PropertyValueSyntax : CompositeSyntax
{
    internal PropertyValueSyntax(ExpressionSyntax expression, ImmutableArray<ValueClauseSyntax> clauses)
        : base(expression, Items(clauses))
    {
        Expression = expression;
        Clauses = clauses;
    }

    public override SyntaxKind Kind => SyntaxKind.PropertyValue;

    public ExpressionSyntax Expression { get; }

    public ImmutableArray<ValueClauseSyntax> Clauses { get; }
}
