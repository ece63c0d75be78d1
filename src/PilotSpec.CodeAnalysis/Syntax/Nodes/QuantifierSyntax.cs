namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>Which sites a per-site condition must hold at: `at all sites`, `at 80% of sites`, `in first`.</summary>
public abstract class QuantifierSyntax : CompositeSyntax
{
    // One constructor per number of parts: no parts array per node (see SyntaxNode).
    private protected QuantifierSyntax(object? p0)
        : base(p0)
    {
    }

    private protected QuantifierSyntax(object? p0, object? p1)
        : base(p0, p1)
    {
    }

    private protected QuantifierSyntax(object? p0, object? p1, object? p2)
        : base(p0, p1, p2)
    {
    }

    private protected QuantifierSyntax(object? p0, object? p1, object? p2, object? p3)
        : base(p0, p1, p2, p3)
    {
    }

    private protected QuantifierSyntax(object? p0, object? p1, object? p2, object? p3, object? p4)
        : base(p0, p1, p2, p3, p4)
    {
    }

    private protected QuantifierSyntax(object? p0, object? p1, object? p2, object? p3, object? p4, object? p5)
        : base(p0, p1, p2, p3, p4, p5)
    {
    }

    private protected QuantifierSyntax(object? p0, object? p1, object? p2, object? p3, object? p4, object? p5, object? p6)
        : base(p0, p1, p2, p3, p4, p5, p6)
    {
    }

    private protected QuantifierSyntax(params object?[] parts)
        : base(parts)
    {
    }
}
