namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>Something that stands in a file or a block: a declaration, a property or an import.</summary>
public abstract class MemberSyntax : CompositeSyntax
{
    // Up to seven parts: no parts array per node (see CompositeSyntax).
    private protected MemberSyntax(object? p0, object? p1 = null, object? p2 = null, object? p3 = null, object? p4 = null, object? p5 = null, object? p6 = null)
        : base(p0, p1, p2, p3, p4, p5, p6)
    {
    }

    private protected MemberSyntax(params object?[] parts)
        : base(parts)
    {
    }
}
