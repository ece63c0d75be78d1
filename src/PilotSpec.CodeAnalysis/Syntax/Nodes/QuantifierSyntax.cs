namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>Which sites a per-site condition must hold at: `at all sites`, `at 80% of sites`, `in first`.</summary>
public abstract class QuantifierSyntax : CompositeSyntax
{
    // Up to seven parts: no parts array per node (see CompositeSyntax).
    private protected QuantifierSyntax(object? p0, object? p1 = null, object? p2 = null, object? p3 = null, object? p4 = null, object? p5 = null, object? p6 = null)
        : base(p0, p1, p2, p3, p4, p5, p6)
    {
    }

    private protected QuantifierSyntax(params object?[] parts)
        : base(parts)
    {
    }
}
