using System.Collections.Concurrent;

namespace PilotSpec.LanguageServer.Workspace;

/// <summary>
/// The symbols of each open document's newest bound version. Completion offers them while
/// the analysis of the text just typed is still running: the names a writer picks from
/// rarely change with one keystroke, and waiting for a bind of a large spec would make every
/// keystroke's completion as slow as a full check (rust-analyzer and Roslyn answer from a
/// previous semantic version the same way). Only the catalog is kept, not the analysis, so
/// the previous version's tree and bound program are freed as soon as nothing else reads them.
/// </summary>
public sealed class BoundSymbols
{
    private readonly ConcurrentDictionary<string, SymbolCatalog> _newest = new(StringComparer.Ordinal);

    /// <summary>Keeps the catalog of <paramref name="uri"/> unless one of a newer snapshot is kept already.</summary>
    public void Record(string uri, SymbolCatalog catalog) =>
        _newest.AddOrUpdate(uri, catalog, (_, kept) => kept.Generation > catalog.Generation ? kept : catalog);

    public SymbolCatalog? Newest(string uri) => _newest.TryGetValue(uri, out var catalog) ? catalog : null;

    /// <summary>A closed document's symbols are let go.</summary>
    public void Forget(string uri) => _newest.TryRemove(uri, out _);
}
