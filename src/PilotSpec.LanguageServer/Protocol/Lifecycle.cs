using System.Text.Json;

namespace PilotSpec.LanguageServer.Protocol;

public sealed record InitializeParams(
    int? ProcessId,
    string? RootUri,
    string? RootPath,
    string? Locale,
    ClientCapabilities? Capabilities,
    WorkspaceFolder[]? WorkspaceFolders,
    JsonElement? InitializationOptions);

public sealed record WorkspaceFolder(string Uri, string Name);

public sealed record ClientCapabilities(GeneralClientCapabilities? General, TextDocumentClientCapabilities? TextDocument);

public sealed record GeneralClientCapabilities(string[]? PositionEncodings);

public sealed record TextDocumentClientCapabilities(
    CompletionClientCapabilities? Completion,
    HoverClientCapabilities? Hover,
    DocumentSymbolClientCapabilities? DocumentSymbol);

public sealed record CompletionClientCapabilities(CompletionItemClientCapabilities? CompletionItem);

public sealed record CompletionItemClientCapabilities(bool? SnippetSupport);

public sealed record HoverClientCapabilities(string[]? ContentFormat);

public sealed record DocumentSymbolClientCapabilities(bool? HierarchicalDocumentSymbolSupport);

public sealed record InitializeResult(ServerCapabilities Capabilities, ServerInfo ServerInfo);

public sealed record ServerInfo(string Name, string? Version);

public sealed record ServerCapabilities
{
    public string PositionEncoding { get; init; } = PositionEncodingKind.Utf16;
    public TextDocumentSyncOptions? TextDocumentSync { get; init; }
    public CompletionOptions? CompletionProvider { get; init; }
    public bool HoverProvider { get; init; }
    public bool DefinitionProvider { get; init; }
    public bool ReferencesProvider { get; init; }
    public bool DocumentHighlightProvider { get; init; }
    public RenameOptions? RenameProvider { get; init; }
    public bool DocumentSymbolProvider { get; init; }
    public bool WorkspaceSymbolProvider { get; init; }
    public SemanticTokensOptions? SemanticTokensProvider { get; init; }
    public bool FoldingRangeProvider { get; init; }

    public bool DocumentFormattingProvider { get; init; }
    public CodeActionOptions? CodeActionProvider { get; init; }
    public bool InlayHintProvider { get; init; }

    /// <summary>Only when the client asked for the "weakened since" lens (initializationOptions.weakenedSince).</summary>
    public CodeLensOptions? CodeLensProvider { get; init; }
}

public sealed record TextDocumentSyncOptions(bool OpenClose, TextDocumentSyncKind Change, SaveOptions Save);

public enum TextDocumentSyncKind
{
    None = 0,
    Full = 1,
    Incremental = 2,
}

public sealed record SaveOptions(bool IncludeText);

public sealed record CompletionOptions(string[] TriggerCharacters, bool ResolveProvider);

public sealed record RenameOptions(bool PrepareProvider);

public sealed record SemanticTokensOptions(SemanticTokensLegend Legend, bool Full, bool Range);

public sealed record SemanticTokensLegend(string[] TokenTypes, string[] TokenModifiers);

public sealed record CodeActionOptions(string[] CodeActionKinds);
