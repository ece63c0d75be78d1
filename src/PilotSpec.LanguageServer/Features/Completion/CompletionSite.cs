using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.LanguageServer.Features.Completion;

public enum CompletionPlace
{
    /// <summary>Inside a comment or a string, or right after a declaration keyword (a new name): nothing to offer.</summary>
    None,

    /// <summary>Where a declaration, a property or an import may start.</summary>
    MemberStart,

    /// <summary>After `name:`, in the value of a property.</summary>
    PropertyValue,

    /// <summary>In a declaration's header: `evaluation final at end of |`, `wave first = [|`.</summary>
    DeclarationHeader,
}

/// <summary>Where the caret is, in the terms completion needs.</summary>
public sealed record CompletionSite(
    CompletionPlace Place,
    SymbolKind? Container,
    bool ContainerKnown,
    IReadOnlySet<string> ExistingProperties,
    string? PropertyName,
    SyntaxKind HeaderKeyword,
    IReadOnlyList<Lexeme> Statement,
    int ReplaceStart,
    int Caret)
{
    public Lexeme? Previous => Statement.Count > 0 ? Statement[^1] : null;

    public Lexeme? BeforePrevious => Statement.Count > 1 ? Statement[^2] : null;
}
