namespace PilotSpec.CodeAnalysis.Syntax;

/// <summary>
/// A named declaration: `keyword Name "Title" ... { members }`. Every kind shares this
/// shape; a few add a header between title and body (a wave's `= [sites]`, an
/// evaluation's `at end of Phase`).
/// </summary>
public abstract class DeclarationSyntax : MemberSyntax
{
    private protected DeclarationSyntax(
        SyntaxToken keyword,
        SyntaxToken identifier,
        SyntaxToken? title,
        BlockSyntax? body,
        SyntaxToken? semicolonToken,
        params object?[] header)
        : base(keyword, identifier, title, header, body, semicolonToken)
    {
        Keyword = keyword;
        Identifier = identifier;
        Title = title;
        Body = body;
        SemicolonToken = semicolonToken;
    }

    public SyntaxToken Keyword { get; }

    /// <summary>The declared name.</summary>
    public SyntaxToken Identifier { get; }

    /// <summary>The optional human title string after the name.</summary>
    public SyntaxToken? Title { get; }

    public BlockSyntax? Body { get; }

    public SyntaxToken? SemicolonToken { get; }

    /// <summary>The properties directly in the body.</summary>
    public System.Collections.Generic.IEnumerable<PropertySyntax> Properties =>
        Body is null ? System.Linq.Enumerable.Empty<PropertySyntax>() : System.Linq.Enumerable.OfType<PropertySyntax>(Body.Members);

    /// <summary>The declarations directly in the body.</summary>
    public System.Collections.Generic.IEnumerable<DeclarationSyntax> NestedDeclarations =>
        Body is null ? System.Linq.Enumerable.Empty<DeclarationSyntax>() : System.Linq.Enumerable.OfType<DeclarationSyntax>(Body.Members);
}
