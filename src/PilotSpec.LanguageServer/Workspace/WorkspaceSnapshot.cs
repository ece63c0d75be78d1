using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis.Text;
using PilotSpec.LanguageServer.Text;

namespace PilotSpec.LanguageServer.Workspace;

/// <summary>
/// The open documents at one moment: immutable, so a request reads a consistent state
/// while later edits make new snapshots. Each document's analysis (its compilation with
/// imports read from this snapshot) is computed once per snapshot, on first use.
/// </summary>
public sealed class WorkspaceSnapshot
{
    private readonly ImmutableDictionary<string, OpenDocument> _byPath;
    private readonly ConcurrentDictionary<string, Lazy<DocumentAnalysis>> _analyses = new(StringComparer.Ordinal);

    public WorkspaceSnapshot(ServerSession session, ImmutableDictionary<string, OpenDocument> documents, long generation)
    {
        Session = session;
        Documents = documents;
        Generation = generation;
        _byPath = documents.Values
            .GroupBy(d => d.Path, StringComparer.Ordinal)
            .ToImmutableDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    public static WorkspaceSnapshot Empty(ServerSession session) =>
        new(session, ImmutableDictionary.Create<string, OpenDocument>(StringComparer.Ordinal), 0);

    public ServerSession Session { get; }

    /// <summary>Open documents by URI as the client spells it.</summary>
    public ImmutableDictionary<string, OpenDocument> Documents { get; }

    /// <summary>Grows with every edit: tells whether a result was computed on the latest text.</summary>
    public long Generation { get; }

    public string? RootFolder => Session.RootFolder;

    public OpenDocument? Find(string uri) => Documents.TryGetValue(uri, out var document) ? document : null;

    public OpenDocument? FindByPath(string path) => _byPath.TryGetValue(path, out var document) ? document : null;

    /// <summary>The URI to show for a path: the open document's own URI when there is one.</summary>
    public string UriOf(string path) => FindByPath(path)?.Uri ?? DocumentUris.FromPath(path);

    public LineIndex LineIndexOf(SourceText text) => Session.LineIndexes.For(text);

    public DocumentAnalysis GetAnalysis(OpenDocument document) =>
        _analyses.GetOrAdd(document.Uri, _ => new Lazy<DocumentAnalysis>(() => DocumentAnalysis.Create(this, document), LazyThreadSafetyMode.ExecutionAndPublication)).Value;

    /// <summary>The document's analysis in this snapshot if some request or check started it, without starting one.</summary>
    public DocumentAnalysis? StartedAnalysis(OpenDocument document) =>
        _analyses.TryGetValue(document.Uri, out var analysis) && analysis.IsValueCreated ? analysis.Value : null;

    public WorkspaceSnapshot With(OpenDocument document) => new(Session, Documents.SetItem(document.Uri, document), Generation + 1);

    public WorkspaceSnapshot Without(string uri) => new(Session, Documents.Remove(uri), Generation + 1);
}
