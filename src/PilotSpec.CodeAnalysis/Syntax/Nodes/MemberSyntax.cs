namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>Something that stands in a file or a block: a declaration, a property or an import.</summary>
public abstract class MemberSyntax : CompositeSyntax
{
    // One constructor per number of parts: no parts array per node (see SyntaxNode).
    private protected MemberSyntax(object? p0)
        : base(p0)
    {
    }

    private protected MemberSyntax(object? p0, object? p1)
        : base(p0, p1)
    {
    }

    private protected MemberSyntax(object? p0, object? p1, object? p2)
        : base(p0, p1, p2)
    {
    }

    private protected MemberSyntax(object? p0, object? p1, object? p2, object? p3)
        : base(p0, p1, p2, p3)
    {
    }

    private protected MemberSyntax(object? p0, object? p1, object? p2, object? p3, object? p4)
        : base(p0, p1, p2, p3, p4)
    {
    }

    private protected MemberSyntax(object? p0, object? p1, object? p2, object? p3, object? p4, object? p5)
        : base(p0, p1, p2, p3, p4, p5)
    {
    }

    private protected MemberSyntax(object? p0, object? p1, object? p2, object? p3, object? p4, object? p5, object? p6)
        : base(p0, p1, p2, p3, p4, p5, p6)
    {
    }

    private protected MemberSyntax(params object?[] parts)
        : base(parts)
    {
    }
}
