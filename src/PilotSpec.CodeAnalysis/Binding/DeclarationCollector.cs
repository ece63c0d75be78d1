using System.Collections.Generic;
using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Binding;

/// <summary>
/// First pass of binding: one symbol per declaration, in source order, into one table.
/// Reports duplicates, misplaced declarations and second pilots; records nesting (an
/// indicator inside a goal belongs to it, a site inside a site has it as parent).
/// </summary>
internal sealed class DeclarationCollector
{
    private readonly DiagnosticBag _diagnostics;
    private readonly List<Symbol> _symbols;
    private readonly Dictionary<string, Symbol> _byName;

    /// <summary>Sized for <paramref name="expectedDeclarations"/> (see <see cref="CountDeclarations"/>), so the maps never regrow.</summary>
    public DeclarationCollector(DiagnosticBag diagnostics, int expectedDeclarations = 0)
    {
        _diagnostics = diagnostics;
        _symbols = new(expectedDeclarations);
        _byName = new(expectedDeclarations, System.StringComparer.Ordinal);
    }

    /// <summary>How many declarations a tree holds, nested ones included.</summary>
    public static int CountDeclarations(SyntaxTree tree) => Count(tree.Root.Members);

    private static int Count(System.Collections.Immutable.ImmutableArray<MemberSyntax> members)
    {
        var count = 0;
        foreach (var member in members)
        {
            if (member is DeclarationSyntax declaration)
            {
                count += 1 + (declaration.Body is { } body ? Count(body.Members) : 0);
            }
        }

        return count;
    }

    private int _pilots;

    /// <summary>Collects one file's declarations; a compilation (a spec and its imports) holds one pilot.</summary>
    public void Collect(SyntaxTree tree)
    {
        foreach (var member in tree.Root.Members)
        {
            if (member is DeclarationSyntax declaration)
            {
                if (declaration is PilotDeclarationSyntax && ++_pilots > 1)
                {
                    _diagnostics.Report(DiagnosticDescriptors.MultiplePilots, declaration.Identifier, declaration.Identifier.Text);
                }

                Declare(declaration, container: null);
            }
        }
    }

    // The maps are handed over, not copied: the collector is done with them once the table is made.
    public DeclarationTable ToTable() => new(_symbols.ToImmutableArray(), _byName);


    // Top-level declarations of any kind are fine: a catalogue file holds only indicators or sites.
    private void Declare(DeclarationSyntax declaration, Symbol? container)
    {
        if (container is not null && !MayContain(container.Kind, declaration.Kind))
        {
            _diagnostics.Report(DiagnosticDescriptors.MisplacedDeclaration, declaration.Keyword, SymbolFacts.KindName(declaration.Keyword.Kind, indefinite: true), SymbolFacts.KindName(container, indefinite: true));
        }

        var symbol = Create(declaration);
        if (symbol is not null && !declaration.Identifier.IsMissing)
        {
            // The symbol keeps its container and its declaration: no map from one to the other
            // is built here (the bound program makes the declaration map when asked).
            _symbols.Add(symbol);
            symbol.Container = container;

            if (_byName.TryGetValue(symbol.Name, out var existing))
            {
                var line = existing.Location.LineSpan.Start.Line + 1;
                _diagnostics.Report(DiagnosticDescriptors.DuplicateDeclaration, declaration.Identifier, symbol.Name, SymbolFacts.KindName(existing), line);
            }
            else
            {
                _byName.Add(symbol.Name, symbol);
            }
        }

        if (declaration.Body is { } body)
        {
            foreach (var member in body.Members)
            {
                if (member is DeclarationSyntax nested)
                {
                    Declare(nested, symbol ?? container);
                }
            }
        }
    }

    // A pilot holds everything but pilots; goals hold sub-goals and indicators; sites hold sub-sites.
    private static bool MayContain(SymbolKind container, SyntaxKind nested) => container switch
    {
        SymbolKind.Pilot => nested != SyntaxKind.PilotDeclaration,
        SymbolKind.Goal => nested is SyntaxKind.GoalDeclaration or SyntaxKind.IndicatorDeclaration,
        SymbolKind.Site => nested == SyntaxKind.SiteDeclaration,
        _ => false,
    };

    private static Symbol? Create(DeclarationSyntax declaration) => declaration switch
    {
        PilotDeclarationSyntax => new PilotSymbol(declaration),
        GoalDeclarationSyntax => new GoalSymbol(declaration),
        IndicatorDeclarationSyntax => new IndicatorSymbol(declaration),
        SiteDeclarationSyntax => new SiteSymbol(declaration),
        WaveDeclarationSyntax => new WaveSymbol(declaration),
        PhaseDeclarationSyntax => new PhaseSymbol(declaration),
        AlertDeclarationSyntax => new AlertSymbol(declaration),
        EvaluationDeclarationSyntax => new EvaluationSymbol(declaration),
        StakeholderDeclarationSyntax => new StakeholderSymbol(declaration),
        _ => null,
    };
}
