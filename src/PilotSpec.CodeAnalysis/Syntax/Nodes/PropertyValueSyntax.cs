using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>One value of a property: an expression and its clauses (`62% on 2018-12-31`).</summary>
public sealed class PropertyValueSyntax : CompositeSyntax
{
    internal PropertyValueSyntax(ExpressionSyntax expression, ImmutableArray<ValueClauseSyntax> clauses)
        : base(expression, Items(clauses))
    {
    }

    public override SyntaxKind Kind => SyntaxKind.PropertyValue;

    // Read from the children, not kept twice: one node per property value in a big file.
    public ExpressionSyntax Expression => (ExpressionSyntax)ChildNodesAndTokens()[0];

    /// <summary>The clauses after the expression; rare, so an array is made on each call that has any.</summary>
    public ImmutableArray<ValueClauseSyntax> Clauses
    {
        get
        {
            var children = ChildNodesAndTokens();
            if (children.Length == 1)
            {
                return ImmutableArray<ValueClauseSyntax>.Empty;
            }

            var clauses = new ValueClauseSyntax[children.Length - 1];
            for (var i = 1; i < children.Length; i++)
            {
                clauses[i - 1] = (ValueClauseSyntax)children[i];
            }

            return ImmutableCollectionsMarshal.AsImmutableArray(clauses);
        }
    }
}
