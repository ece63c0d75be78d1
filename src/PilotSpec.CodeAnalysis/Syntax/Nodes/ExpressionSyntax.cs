namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>A value or condition: literals, names, arithmetic, comparisons, quantified conditions.</summary>
public abstract class ExpressionSyntax : CompositeSyntax
{
    // Up to seven parts: no parts array per node (see CompositeSyntax).
    private protected ExpressionSyntax(object? p0, object? p1 = null, object? p2 = null, object? p3 = null, object? p4 = null, object? p5 = null, object? p6 = null)
        : base(p0, p1, p2, p3, p4, p5, p6)
    {
    }

    private protected ExpressionSyntax(params object?[] parts)
        : base(parts)
    {
    }
}
