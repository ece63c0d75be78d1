namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>A value or condition: literals, names, arithmetic, comparisons, quantified conditions.</summary>
public abstract class ExpressionSyntax : SyntaxNode
{
    private protected ExpressionSyntax(params object?[] parts)
        : base(parts)
    {
    }
}
