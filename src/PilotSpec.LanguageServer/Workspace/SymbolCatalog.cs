using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Binding;

namespace PilotSpec.LanguageServer.Workspace;

/// <summary>
/// The declared symbols of one bound version of a document, as plain values: what
/// completion needs to offer a name. It holds no syntax tree and no bound program, so that
/// keeping it for the next version's first keystrokes does not keep the version it came
/// from alive (about 240 MB for a 100k-line spec). Entries are in the order of the bound
/// program's symbol table, so that the analysis it came from can describe them by index.
/// </summary>
public sealed class SymbolCatalog
{
    private SymbolCatalog(long generation, ImmutableArray<CatalogSymbol> symbols)
    {
        Generation = generation;
        Symbols = symbols;
    }

    /// <summary>The workspace snapshot the symbols were bound in (see WorkspaceSnapshot.Generation).</summary>
    public long Generation { get; }

    public ImmutableArray<CatalogSymbol> Symbols { get; }

    public static SymbolCatalog Of(long generation, ImmutableArray<Symbol> table)
    {
        var symbols = ImmutableArray.CreateBuilder<CatalogSymbol>(table.Length);
        foreach (var symbol in table)
        {
            var location = symbol.Location;
            symbols.Add(new CatalogSymbol(symbol.Name, symbol.Kind, Features.SymbolWords.KindWord(symbol), symbol.Title, location.FilePath, location.Span.Start));
        }

        return new SymbolCatalog(generation, symbols.MoveToImmutable());
    }
}

/// <summary>One declared symbol: its name, what it is, its title, and where it is declared (to find it again for completionItem/resolve).</summary>
public sealed record CatalogSymbol(string Name, SymbolKind Kind, string KindWord, string? Title, string FilePath, int Start);
