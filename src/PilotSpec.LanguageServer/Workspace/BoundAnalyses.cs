using System.Collections.Concurrent;

namespace PilotSpec.LanguageServer.Workspace;

/// <summary>
/// The newest analysis of each open document whose binding has finished. Completion reads
/// its symbols while the analysis of the text just typed is still running: the names a
/// writer picks from rarely change with one keystroke, and waiting for a bind of a large
/// spec would make every keystroke's completion as slow as a full check (rust-analyzer
/// and Roslyn answer from a previous semantic version the same way).
/// </summary>
public sealed class BoundAnalyses
{
    private readonly ConcurrentDictionary<string, DocumentAnalysis> _newest = new(StringComparer.Ordinal);

    /// <summary>Keeps <paramref name="analysis"/> unless a newer snapshot's analysis of the same document is already kept.</summary>
    public void Record(DocumentAnalysis analysis) =>
        _newest.AddOrUpdate(
            analysis.Document.Uri,
            analysis,
            (_, kept) => kept.Snapshot.Generation > analysis.Snapshot.Generation ? kept : analysis);

    public DocumentAnalysis? Newest(string uri) => _newest.TryGetValue(uri, out var analysis) ? analysis : null;

    /// <summary>A closed document's analysis (and the trees it holds) is let go.</summary>
    public void Forget(string uri) => _newest.TryRemove(uri, out _);
}
