using System.Globalization;
using Microsoft.VisualStudio.Threading;
using PilotSpec.LanguageServer.Features.CodeActions;
using PilotSpec.LanguageServer.Features.Completion;
using PilotSpec.LanguageServer.Features.Diagnostics;
using PilotSpec.LanguageServer.Features.Folding;
using PilotSpec.LanguageServer.Features.Hover;
using PilotSpec.LanguageServer.Features.InlayHints;
using PilotSpec.LanguageServer.Features.Navigation;
using PilotSpec.LanguageServer.Features.SemanticTokens;
using PilotSpec.LanguageServer.Features.Symbols;
using PilotSpec.LanguageServer.Protocol;
using PilotSpec.LanguageServer.Text;
using PilotSpec.LanguageServer.Workspace;
using StreamJsonRpc;

namespace PilotSpec.LanguageServer.Server;

/// <summary>
/// The LSP methods. JsonRpc invokes them one at a time, in the order the client sent them
/// (an ordered, non-concurrent synchronization context): notifications that change
/// documents finish before anything after them starts, and every request takes its
/// snapshot of the documents at the moment it arrives, then leaves the ordered context so
/// that reads run concurrently with each other and with later edits.
/// </summary>
public sealed class PilotLanguageServer : IDisposable
{
    private readonly LanguageServerOptions _options;
    private readonly IClientNotifier _client;
    private readonly TaskCompletionSource _exit = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private DocumentStore? _store;
    private DiagnosticsPublisher? _diagnostics;
    private Features.Revisions.WeakenedSinceLens? _weakenedSince;
    private readonly IdleCollection? _idleCollection;
    private volatile bool _shutdownRequested;

    public PilotLanguageServer(IClientNotifier client, LanguageServerOptions options)
    {
        _client = client;
        _options = options;
        _idleCollection = options.IdleCollectionDelay is { } quiet ? new IdleCollection(quiet, options.IdleCollectionMinimumHeap) : null;
        Log = new ServerLog(options.LogWriter);
        Log.AttachClient(client);
    }

    public ServerLog Log { get; }

    /// <summary>Completes when the client sends exit.</summary>
    public Task ExitRequested => _exit.Task;

    public bool ShutdownRequested => _shutdownRequested;

    // ---- Lifecycle -------------------------------------------------------------------

    [JsonRpcMethod("initialize", UseSingleObjectParameterDeserialization = true)]
    public InitializeResult Initialize(InitializeParams parameters)
    {
        if (_store is not null)
        {
            throw Error(LspErrorCodes.InvalidRequest, "The server is already initialized.");
        }

        var capabilities = parameters.Capabilities;
        var encoding = PositionEncodings.Negotiate(capabilities?.General?.PositionEncodings);
        var session = new ServerSession(
            encoding,
            CultureOf(parameters.Locale),
            RootFolderOf(parameters),
            snippets: capabilities?.TextDocument?.Completion?.CompletionItem?.SnippetSupport ?? false,
            markdown: capabilities?.TextDocument?.Hover?.ContentFormat is not { } formats || formats.Contains(MarkupKind.Markdown),
            hierarchicalSymbols: capabilities?.TextDocument?.DocumentSymbol?.HierarchicalDocumentSymbolSupport ?? false);
        _diagnostics = new DiagnosticsPublisher(_client, Log, InitializationSettings.DiagnosticsDelay(parameters.InitializationOptions, _options.DiagnosticsDelay, Log), _idleCollection);
        _store = new DocumentStore(session);
        _weakenedSince = InitializationSettings.WeakenedSince(parameters.InitializationOptions, Log) is { } revision
            ? new Features.Revisions.WeakenedSinceLens(revision, Log)
            : null;

        return new InitializeResult(
            new ServerCapabilities
            {
                PositionEncoding = encoding.WireName(),
                TextDocumentSync = new TextDocumentSyncOptions(true, TextDocumentSyncKind.Incremental, new SaveOptions(false)),
                CompletionProvider = new CompletionOptions(new[] { ":", ".", " ", ",", "[" }, true),
                HoverProvider = true,
                DefinitionProvider = true,
                ReferencesProvider = true,
                DocumentHighlightProvider = true,
                RenameProvider = new RenameOptions(true),
                DocumentSymbolProvider = true,
                WorkspaceSymbolProvider = true,
                SemanticTokensProvider = new SemanticTokensOptions(SemanticTokenLegend.Legend, true, false),
                FoldingRangeProvider = true,
                DocumentFormattingProvider = true,
                CodeActionProvider = new CodeActionOptions(new[] { CodeActionKind.QuickFix }),
                InlayHintProvider = true,
                CodeLensProvider = _weakenedSince is null ? null : new CodeLensOptions(false),
            },
            new ServerInfo("pilotls", typeof(PilotLanguageServer).Assembly.GetName().Version?.ToString()));
    }

    [JsonRpcMethod("initialized", UseSingleObjectParameterDeserialization = true)]
    public void Initialized(System.Text.Json.JsonElement? parameters = null) => Log.Info($"PilotSpec language server ready (positions in {_store?.Current.Session.Encoding.WireName()}).");

    [JsonRpcMethod("shutdown")]
    public object? Shutdown()
    {
        EnsureInitialized();
        _shutdownRequested = true;
        _diagnostics?.Dispose();
        return null;
    }

    [JsonRpcMethod("exit")]
    public void Exit() => _exit.TrySetResult();

    // ---- Text synchronisation: run to completion, in order, before anything later ----

    [JsonRpcMethod("textDocument/didOpen", UseSingleObjectParameterDeserialization = true)]
    public void DidOpen(DidOpenTextDocumentParams parameters) => Mutate("didOpen", () =>
    {
        var document = _store!.Open(parameters.TextDocument);
        _diagnostics!.DocumentChanged(_store.Current, document, immediately: true);
    });

    [JsonRpcMethod("textDocument/didChange", UseSingleObjectParameterDeserialization = true)]
    public void DidChange(DidChangeTextDocumentParams parameters) => Mutate("didChange", () =>
    {
        var previous = _store!.Current.Find(parameters.TextDocument.Uri);
        var document = _store.Change(parameters.TextDocument, parameters.ContentChanges ?? Array.Empty<TextDocumentContentChangeEvent>(), out var refused);
        if (document is null)
        {
            Log.Warning($"didChange for a document that is not open: {parameters.TextDocument.Uri}");
            return;
        }

        if (refused is not null)
        {
            Log.Warning($"didChange for {document.Uri} (version {parameters.TextDocument.Version}) refused: {refused}; the document stays at version {document.Version}.");
            return;
        }

        // LSP versions only grow. A client that breaks that is still obeyed: each change is a
        // range on the text the previous message produced, so skipping one would leave the
        // server on another text for good. Arrival order is the truth; the version is only echoed.
        if (previous is not null && document.Version <= previous.Version)
        {
            Log.Warning($"didChange for {document.Uri}: version {document.Version} does not follow version {previous.Version}; applied in arrival order.");
        }

        _diagnostics!.DocumentChanged(_store.Current, document);
    });

    [JsonRpcMethod("textDocument/didClose", UseSingleObjectParameterDeserialization = true)]
    public void DidClose(DidCloseTextDocumentParams parameters) => Mutate("didClose", () =>
    {
        if (_store!.Close(parameters.TextDocument.Uri))
        {
            _diagnostics!.DocumentClosed(parameters.TextDocument.Uri);
            _store.Current.Session.BoundSymbols.Forget(parameters.TextDocument.Uri);
            _diagnostics.ScheduleAll(_store.Current); // an importer now reads the file from disk
        }
    });

    [JsonRpcMethod("textDocument/didSave", UseSingleObjectParameterDeserialization = true)]
    public void DidSave(DidSaveTextDocumentParams parameters) => Mutate("didSave", () =>
    {
        // Saving changes what closed importers and pilotspec.json readers see on disk.
        _store!.Refresh();
        _diagnostics!.ScheduleAll(_store.Current);
    });

    /// <summary>A watched file changed on disk (pilotspec.json, an imported spec): check every open document again.</summary>
    [JsonRpcMethod("workspace/didChangeWatchedFiles", UseSingleObjectParameterDeserialization = true)]
    public void DidChangeWatchedFiles(System.Text.Json.JsonElement parameters) => Mutate("didChangeWatchedFiles", () =>
    {
        _store!.Refresh();
        _diagnostics!.ScheduleAll(_store.Current);
    });

    // ---- Requests: a snapshot now, the work concurrently ----

    [JsonRpcMethod("textDocument/completion", UseSingleObjectParameterDeserialization = true)]
    public Task<CompletionList> CompletionAsync(CompletionParams parameters, CancellationToken cancellationToken) =>
        ReadDocumentAsync("textDocument/completion", parameters.TextDocument, cancellationToken, (snapshot, document, token) =>
        {
            var (symbols, describer) = SymbolsForCompletion(snapshot, document);
            return CompletionProvider.Complete(document, snapshot.LineIndexOf(document.Text), snapshot.Session, symbols, describer, parameters.Position, token);
        });

    /// <summary>
    /// The symbols completion offers: this version's if it is bound already, else those of the
    /// newest bound version of the document (a keystroke earlier, while this version is still
    /// being checked), and only for a document never bound yet this version's, bound now. The
    /// analysis comes along when it is this version's, to document short lists in place.
    /// </summary>
    private static (SymbolCatalog Symbols, DocumentAnalysis? Describer) SymbolsForCompletion(WorkspaceSnapshot snapshot, OpenDocument document)
    {
        if (snapshot.StartedAnalysis(document) is { IsBound: true } current)
        {
            return (current.Symbols, current);
        }

        if (snapshot.Session.BoundSymbols.Newest(document.Uri) is { } earlier)
        {
            return (earlier, null);
        }

        var analysis = snapshot.GetAnalysis(document);
        return (analysis.Symbols, analysis);
    }

    /// <summary>Adds the documentation that a long completion list leaves out (see CompletionProvider).</summary>
    [JsonRpcMethod("completionItem/resolve", UseSingleObjectParameterDeserialization = true)]
    public async Task<CompletionItem> ResolveCompletionItemAsync(CompletionItem item, CancellationToken cancellationToken)
    {
        var snapshot = SnapshotForRequest();
        if (item.Data is not { } data || item.Documentation is not null || snapshot.Find(data.Uri) is not { } document)
        {
            return item;
        }

        await LeaveOrderedContextAsync("completionItem/resolve", cancellationToken);
        return Guard("completionItem/resolve", () => CompletionProvider.Resolve(snapshot.GetAnalysis(document), item, data), cancellationToken);
    }

    [JsonRpcMethod("textDocument/hover", UseSingleObjectParameterDeserialization = true)]
    public Task<Protocol.Hover?> HoverAsync(TextDocumentPositionParams parameters, CancellationToken cancellationToken) =>
        ReadAsync("textDocument/hover", parameters.TextDocument, cancellationToken, (analysis, _) => HoverProvider.Hover(analysis, parameters.Position));

    [JsonRpcMethod("textDocument/definition", UseSingleObjectParameterDeserialization = true)]
    public Task<Location[]> DefinitionAsync(TextDocumentPositionParams parameters, CancellationToken cancellationToken) =>
        ReadAsync("textDocument/definition", parameters.TextDocument, cancellationToken, (analysis, _) => DefinitionProvider.Find(analysis, parameters.Position));

    [JsonRpcMethod("textDocument/references", UseSingleObjectParameterDeserialization = true)]
    public Task<Location[]> ReferencesAsync(ReferenceParams parameters, CancellationToken cancellationToken) =>
        ReadAsync("textDocument/references", parameters.TextDocument, cancellationToken, (analysis, token) =>
            ReferenceFinder.FindLocations(analysis, parameters.Position, parameters.Context?.IncludeDeclaration ?? true, token));

    [JsonRpcMethod("textDocument/documentHighlight", UseSingleObjectParameterDeserialization = true)]
    public Task<DocumentHighlight[]> DocumentHighlightAsync(TextDocumentPositionParams parameters, CancellationToken cancellationToken) =>
        ReadAsync("textDocument/documentHighlight", parameters.TextDocument, cancellationToken, (analysis, _) => HighlightProvider.Find(analysis, parameters.Position));

    [JsonRpcMethod("textDocument/prepareRename", UseSingleObjectParameterDeserialization = true)]
    public Task<PrepareRenameResult?> PrepareRenameAsync(TextDocumentPositionParams parameters, CancellationToken cancellationToken) =>
        ReadAsync("textDocument/prepareRename", parameters.TextDocument, cancellationToken, (analysis, _) => RenameProvider.Prepare(analysis, parameters.Position));

    [JsonRpcMethod("textDocument/rename", UseSingleObjectParameterDeserialization = true)]
    public Task<WorkspaceEdit> RenameAsync(RenameParams parameters, CancellationToken cancellationToken) =>
        ReadAsync("textDocument/rename", parameters.TextDocument, cancellationToken, (analysis, token) => RenameProvider.Rename(analysis, parameters.Position, parameters.NewName, token));

    [JsonRpcMethod("textDocument/documentSymbol", UseSingleObjectParameterDeserialization = true)]
    public Task<object[]> DocumentSymbolAsync(DocumentSymbolParams parameters, CancellationToken cancellationToken) =>
        ReadAsync("textDocument/documentSymbol", parameters.TextDocument, cancellationToken, (analysis, _) =>
            analysis.Snapshot.Session.HierarchicalSymbols
                ? DocumentSymbolProvider.Hierarchical(analysis).Cast<object>().ToArray()
                : DocumentSymbolProvider.Flat(analysis).Cast<object>().ToArray());

    [JsonRpcMethod("workspace/symbol", UseSingleObjectParameterDeserialization = true)]
    public async Task<SymbolInformation[]> WorkspaceSymbolAsync(WorkspaceSymbolParams parameters, CancellationToken cancellationToken)
    {
        var snapshot = SnapshotForRequest();
        await LeaveOrderedContextAsync("workspace/symbol", cancellationToken);
        return Guard("workspace/symbol", () => WorkspaceSymbolProvider.Find(snapshot, parameters.Query ?? string.Empty, cancellationToken), cancellationToken);
    }

    [JsonRpcMethod("textDocument/semanticTokens/full", UseSingleObjectParameterDeserialization = true)]
    public Task<Protocol.SemanticTokens> SemanticTokensAsync(SemanticTokensParams parameters, CancellationToken cancellationToken) =>
        ReadAsync("textDocument/semanticTokens/full", parameters.TextDocument, cancellationToken, (analysis, token) => SemanticTokensProvider.Full(analysis, token));

    [JsonRpcMethod("textDocument/foldingRange", UseSingleObjectParameterDeserialization = true)]
    public Task<FoldingRange[]> FoldingRangeAsync(FoldingRangeParams parameters, CancellationToken cancellationToken) =>
        ReadAsync("textDocument/foldingRange", parameters.TextDocument, cancellationToken, (analysis, _) => FoldingRangeProvider.Find(analysis));

    [JsonRpcMethod("textDocument/formatting", UseSingleObjectParameterDeserialization = true)]
    public Task<TextEdit[]> FormattingAsync(DocumentFormattingParams parameters, CancellationToken cancellationToken) =>
        ReadAsync("textDocument/formatting", parameters.TextDocument, cancellationToken, (analysis, _) => Features.Formatting.DocumentFormatter.Format(analysis));

    [JsonRpcMethod("textDocument/codeAction", UseSingleObjectParameterDeserialization = true)]
    public Task<CodeAction[]> CodeActionAsync(CodeActionParams parameters, CancellationToken cancellationToken) =>
        ReadAsync("textDocument/codeAction", parameters.TextDocument, cancellationToken, (analysis, _) => CodeActionProvider.Find(analysis, parameters.Range));

    [JsonRpcMethod("textDocument/inlayHint", UseSingleObjectParameterDeserialization = true)]
    public Task<InlayHint[]> InlayHintAsync(InlayHintParams parameters, CancellationToken cancellationToken) =>
        ReadAsync("textDocument/inlayHint", parameters.TextDocument, cancellationToken, (analysis, _) => InlayHintProvider.Find(analysis, parameters.Range));

    [JsonRpcMethod("textDocument/codeLens", UseSingleObjectParameterDeserialization = true)]
    public Task<CodeLens[]> CodeLensAsync(CodeLensParams parameters, CancellationToken cancellationToken) =>
        ReadAsync("textDocument/codeLens", parameters.TextDocument, cancellationToken, (analysis, _) => _weakenedSince?.Find(analysis) ?? []);

    public void Dispose()
    {
        _diagnostics?.Dispose();
        _idleCollection?.Dispose();
    }

    // ---- Plumbing ----

    private void Mutate(string what, Action action)
    {
        if (_store is null || _shutdownRequested)
        {
            Log.Warning($"{what} ignored: the server is {(_store is null ? "not initialized" : "shutting down")}.");
            return;
        }

        try
        {
            action();
            _idleCollection?.WorkHappened();
        }
        catch (Exception e)
        {
            // A notification has no response to carry the error: log it and keep serving.
            Log.Error($"{what} failed: {e}");
        }
    }

    private Task<T> ReadAsync<T>(string method, TextDocumentIdentifier? identifier, CancellationToken cancellationToken, Func<DocumentAnalysis, CancellationToken, T> compute) =>
        ReadDocumentAsync(method, identifier, cancellationToken, (snapshot, document, token) => compute(snapshot.GetAnalysis(document), token));

    private async Task<T> ReadDocumentAsync<T>(string method, TextDocumentIdentifier? identifier, CancellationToken cancellationToken, Func<WorkspaceSnapshot, OpenDocument, CancellationToken, T> compute)
    {
        // Before the first await: the snapshot holds every edit the client sent before this request.
        var snapshot = SnapshotForRequest();
        var uri = identifier?.Uri ?? throw Error(LspErrorCodes.InvalidParams, "The request names no document.");
        var document = snapshot.Find(uri) ?? throw Error(LspErrorCodes.InvalidParams, $"The document is not open: {uri}");

        await LeaveOrderedContextAsync(method, cancellationToken);
        using var busy = _idleCollection?.Busy();
        var result = Guard(method, () => compute(snapshot, document, cancellationToken), cancellationToken);

        // The text changed while this ran: the result would point at the wrong places.
        if (!ReferenceEquals(_store!.Current.Find(uri), document))
        {
            throw Error(LspErrorCodes.ContentModified, "The document changed while the request ran.");
        }

        return result;
    }

    private WorkspaceSnapshot SnapshotForRequest()
    {
        EnsureInitialized();
        return _store!.Current;
    }

    private async Task LeaveOrderedContextAsync(string method, CancellationToken cancellationToken)
    {
        await TaskScheduler.Default.SwitchTo(alwaysYield: true);
        if (_options.BeforeRequest is { } hook)
        {
            await hook(method, cancellationToken).ConfigureAwait(false);
        }

        cancellationToken.ThrowIfCancellationRequested();
    }

    private T Guard<T>(string method, Func<T> compute, CancellationToken cancellationToken)
    {
        try
        {
            var result = compute();
            cancellationToken.ThrowIfCancellationRequested();
            return result;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw; // answered with RequestCancelled
        }
        catch (LocalRpcException)
        {
            throw;
        }
        catch (Exception e)
        {
            Log.Error($"{method} failed: {e}");
            throw Error(LspErrorCodes.InternalError, $"{method} failed: {e.Message}");
        }
    }

    private void EnsureInitialized()
    {
        if (_store is null)
        {
            throw Error(LspErrorCodes.ServerNotInitialized, "The server has not been initialized.");
        }

        if (_shutdownRequested)
        {
            throw Error(LspErrorCodes.InvalidRequest, "The server is shutting down.");
        }
    }

    internal static LocalRpcException Error(int code, string message) => new(message) { ErrorCode = code };

    private static CultureInfo CultureOf(string? locale)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return CultureInfo.InvariantCulture;
        }

        try
        {
            return CultureInfo.GetCultureInfo(locale);
        }
        catch (CultureNotFoundException)
        {
            return CultureInfo.InvariantCulture;
        }
    }

    private static string? RootFolderOf(InitializeParams parameters)
    {
        var uri = parameters.WorkspaceFolders?.FirstOrDefault()?.Uri ?? parameters.RootUri;
        if (uri is not null)
        {
            var path = DocumentUris.ToPath(uri);
            return DocumentUris.IsFilePath(path) ? path : null;
        }

        return parameters.RootPath;
    }
}
