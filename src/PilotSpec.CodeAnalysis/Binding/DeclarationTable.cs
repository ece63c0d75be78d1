using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace PilotSpec.CodeAnalysis.Binding;

/// <summary>
/// Every declared name of a compilation (imported files included) in one namespace: a
/// site and a wave may not share a name, so a reference never needs context to mean one
/// thing.
/// </summary>
public sealed class DeclarationTable
{
    // A plain dictionary, filled by the collector and never changed after: every reference
    // is looked up here, and an immutable (tree) dictionary made each lookup several times dearer.
    private readonly IReadOnlyDictionary<string, Symbol> _byName;

    internal DeclarationTable(ImmutableArray<Symbol> symbols, IReadOnlyDictionary<string, Symbol> byName)
    {
        Symbols = symbols;
        _byName = byName;
    }

    /// <summary>All symbols in declaration order (duplicates included).</summary>
    public ImmutableArray<Symbol> Symbols { get; }

    public Symbol? Lookup(string name) => _byName.TryGetValue(name, out var symbol) ? symbol : null;

    public IEnumerable<T> OfType<T>() where T : Symbol => Symbols.OfType<T>();

    /// <summary>The closest declared name of one of the <paramref name="kinds"/> (any kind when none given).</summary>
    public string? Suggest(string name, params SymbolKind[] kinds) =>
        NameSuggester.Suggest(name, _byName.Values.Where(s => kinds.Length == 0 || kinds.Contains(s.Kind)).Select(s => s.Name));

    /// <summary>True for the symbol the table holds under its name: a duplicate declaration is reported and never bound.</summary>
    internal bool IsBound(Symbol symbol) => _byName.TryGetValue(symbol.Name, out var held) && ReferenceEquals(held, symbol);
}
