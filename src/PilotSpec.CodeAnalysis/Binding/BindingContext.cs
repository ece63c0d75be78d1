using System.Collections.Generic;
using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Binding;

/// <summary>What every binding step shares: the table, the diagnostics, and the record of which name token refers to which symbol.</summary>
internal sealed class BindingContext
{
    private readonly Dictionary<SyntaxToken, Symbol> _references = new();

    public BindingContext(DeclarationTable table, DiagnosticBag diagnostics)
    {
        Table = table;
        Diagnostics = diagnostics;
    }

    public DeclarationTable Table { get; }

    public DiagnosticBag Diagnostics { get; }

    /// <summary>The sites where the reform runs: what `at all sites` ranges over. Set once site roles are bound.</summary>
    public ImmutableArray<SiteSymbol> PilotSites { get; set; } = ImmutableArray<SiteSymbol>.Empty;

    public void RecordReference(SyntaxToken name, Symbol symbol) => _references[name] = symbol;

    /// <summary>Which name token refers to which symbol; handed to the bound program once binding is done.</summary>
    public IReadOnlyDictionary<SyntaxToken, Symbol> References => _references;

    /// <summary>
    /// Resolves a name to a symbol of one of <paramref name="kinds"/>, reporting an undeclared
    /// name (with a suggestion) or a wrong kind. Returns null after reporting.
    /// </summary>
    public Symbol? Resolve(SyntaxToken name, params SymbolKind[] kinds)
    {
        if (name.IsMissing)
        {
            return null;
        }

        var symbol = Table.Lookup(Names.NameText.Of(name.Text));
        if (symbol is null)
        {
            var suggestion = Table.Suggest(name.Text, kinds);
            if (suggestion is null)
            {
                Diagnostics.Report(DiagnosticDescriptors.UndefinedName, name, name.Text);
            }
            else
            {
                Diagnostics.Report(DiagnosticDescriptors.UndefinedNameWithSuggestion, name, CodeFix.Replace("Fix_Rename", name.Span, suggestion, suggestion), name.Text, suggestion);
            }

            return null;
        }

        RecordReference(name, symbol);
        if (kinds.Length > 0 && System.Array.IndexOf(kinds, symbol.Kind) < 0)
        {
            Diagnostics.Report(DiagnosticDescriptors.WrongKindOfName, name, name.Text, SymbolFacts.KindName(symbol, indefinite: true), new ExpectedKinds(kinds));
            return null;
        }

        return symbol;
    }
}
