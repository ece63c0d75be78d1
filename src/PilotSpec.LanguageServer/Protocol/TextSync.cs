namespace PilotSpec.LanguageServer.Protocol;

public sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

public sealed record DidChangeTextDocumentParams(VersionedTextDocumentIdentifier TextDocument, TextDocumentContentChangeEvent[] ContentChanges);

/// <summary>An edit of a range, or (without a range) the whole new text.</summary>
public sealed record TextDocumentContentChangeEvent(Range? Range, int? RangeLength, string Text);

public sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);

public sealed record DidSaveTextDocumentParams(TextDocumentIdentifier TextDocument, string? Text);
