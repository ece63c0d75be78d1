namespace PilotSpec.LanguageServer.Protocol;

public sealed record Hover(MarkupContent Contents, Range? Range);

public sealed record ReferenceParams(TextDocumentIdentifier TextDocument, Position Position, ReferenceContext? Context);

public sealed record ReferenceContext(bool IncludeDeclaration);

public sealed record DocumentHighlight(Range Range, DocumentHighlightKind Kind);

public enum DocumentHighlightKind
{
    Text = 1,
    Read = 2,
    Write = 3,
}

public sealed record RenameParams(TextDocumentIdentifier TextDocument, Position Position, string NewName);

public sealed record PrepareRenameResult(Range Range, string Placeholder);
