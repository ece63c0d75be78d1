namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>Something that stands in a file or a block: a declaration, a property or an import.</summary>
public abstract class MemberSyntax : SyntaxNode
{
    private protected MemberSyntax(params object?[] parts)
        : base(parts)
    {
    }
}
