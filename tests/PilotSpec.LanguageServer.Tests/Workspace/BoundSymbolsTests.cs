using System.Runtime.CompilerServices;
using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.LanguageServer.Protocol;
using PilotSpec.LanguageServer.Tests.Infrastructure;
using PilotSpec.LanguageServer.Workspace;

namespace PilotSpec.LanguageServer.Tests.Workspace;

/// <summary>
/// Completion offers the names of the newest bound version while an edit is being checked,
/// and keeps only those names: the earlier version's tree and bound program are freed as
/// soon as the workspace has moved on (for a 100k-line spec, about 240 MB).
/// </summary>
public class BoundSymbolsTests
{
    private static readonly string[] SmallLines = Specs.Small.Split('\n');

    [Fact]
    public void Binding_records_the_catalog_of_the_version_in_the_order_of_the_symbol_table()
    {
        var store = NewStore();
        var document = store.Open(new TextDocumentItem(TestUris.Fresh(), "pilot", 1, Specs.Small));
        var analysis = store.Current.GetAnalysis(document);

        var catalog = analysis.Symbols;

        Assert.Same(catalog, store.Current.Session.BoundSymbols.Newest(document.Uri));
        Assert.Equal(store.Current.Generation, catalog.Generation);
        Assert.Equal(
            analysis.Program.Table.Symbols.Select(s => (s.Name, s.Kind, s.Location.Span.Start)),
            catalog.Symbols.Select(s => (s.Name, s.Kind, s.Start)));
    }

    [Fact]
    public void A_newer_version_replaces_the_catalog_and_an_older_one_binding_late_does_not()
    {
        var store = NewStore();
        var first = store.Open(new TextDocumentItem(TestUris.Fresh(), "pilot", 1, Specs.Small));
        var firstSnapshot = store.Current;
        var second = AddSiteNorth(store, first);
        var secondCatalog = store.Current.GetAnalysis(second).Symbols;

        _ = firstSnapshot.GetAnalysis(first).Program; // the older version binds last

        Assert.Same(secondCatalog, store.Current.Session.BoundSymbols.Newest(first.Uri));
        Assert.Contains(secondCatalog.Symbols, s => s.Name == "north");
    }

    [Fact]
    public void The_previous_version_is_freed_while_its_names_stay_offered()
    {
        var store = NewStore();
        var uri = TestUris.Fresh();
        var (firstTree, firstProgram) = OpenAndBind(store, uri);

        EditAndParse(store, uri);
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();

        Assert.False(firstTree.TryGetTarget(out _), "the earlier version's syntax tree is still alive");
        Assert.False(firstProgram.TryGetTarget(out _), "the earlier version's bound program is still alive");
        var offered = store.Current.Session.BoundSymbols.Newest(uri);
        Assert.NotNull(offered);
        Assert.Contains(offered!.Symbols, s => s.Name == "east");
        Assert.DoesNotContain(offered.Symbols, s => s.Name == "north");
    }

    // Not inlined, so that no local of this frame keeps the first version alive.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (WeakReference<SyntaxTree> Tree, WeakReference<object> Program) OpenAndBind(DocumentStore store, string uri)
    {
        var document = store.Open(new TextDocumentItem(uri, "pilot", 1, Specs.Small));
        var analysis = store.Current.GetAnalysis(document);
        return (new WeakReference<SyntaxTree>(document.SyntaxTree), new WeakReference<object>(analysis.Program));
    }

    // Parsed, not bound: completion would now read the recorded names. Not inlined either.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void EditAndParse(DocumentStore store, string uri) => _ = AddSiteNorth(store, store.Current.Find(uri)!).SyntaxTree;

    private static OpenDocument AddSiteNorth(DocumentStore store, OpenDocument document)
    {
        var waveLine = Array.FindIndex(SmallLines, l => l.Contains("wave first", StringComparison.Ordinal));
        var at = new Position(waveLine, 0);
        return store.Change(
            new VersionedTextDocumentIdentifier(document.Uri, document.Version + 1),
            new[] { new TextDocumentContentChangeEvent(new PilotSpec.LanguageServer.Protocol.Range(at, at), null, "    site north \"North district\" { level: county }\n") })!;
    }

    private static DocumentStore NewStore() => new(TestSessions.Typical());
}
