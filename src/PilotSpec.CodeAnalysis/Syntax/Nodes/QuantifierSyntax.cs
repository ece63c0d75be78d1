namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>Which sites a per-site condition must hold at: `at all sites`, `at 80% of sites`, `in first`.</summary>
public abstract class QuantifierSyntax : SyntaxNode
{
    private protected QuantifierSyntax(params object?[] parts)
        : base(parts)
    {
    }
}
