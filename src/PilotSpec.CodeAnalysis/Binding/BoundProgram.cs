using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Binding;

/// <summary>
/// The result of binding a compilation: every symbol with its facts, which name refers to
/// which symbol, and the binding diagnostics. Immutable; checks, schedule resolution and
/// emitters all read this one model.
/// </summary>
public sealed class BoundProgram
{
    // The binder's own maps, never changed after binding. The compiler reads these; the
    // public immutable dictionaries are built from them only when a caller asks (building
    // them for every name of a 100k-line spec cost more than the rest of binding).
    private readonly IReadOnlyDictionary<SyntaxToken, Symbol> _references;
    private Dictionary<DeclarationSyntax, Symbol>? _declarations;
    private ImmutableDictionary<DeclarationSyntax, Symbol>? _declarationsView;
    private ImmutableDictionary<SyntaxToken, Symbol>? _referencesView;

    internal BoundProgram(
        DeclarationTable table,
        IReadOnlyDictionary<SyntaxToken, Symbol> references,
        ImmutableArray<Diagnostic> diagnostics)
    {
        Table = table;
        _references = references;
        Diagnostics = diagnostics;

        // Counted first, so each list is made at its size.
        var counts = new int[System.Enum.GetNames(typeof(SymbolKind)).Length];
        foreach (var symbol in table.Symbols)
        {
            counts[(int)symbol.Kind]++;
        }

        var goals = ImmutableArray.CreateBuilder<GoalSymbol>(counts[(int)SymbolKind.Goal]);
        var indicators = ImmutableArray.CreateBuilder<IndicatorSymbol>(counts[(int)SymbolKind.Indicator]);
        var sites = ImmutableArray.CreateBuilder<SiteSymbol>(counts[(int)SymbolKind.Site]);
        var waves = ImmutableArray.CreateBuilder<WaveSymbol>(counts[(int)SymbolKind.Wave]);
        var phases = ImmutableArray.CreateBuilder<PhaseSymbol>(counts[(int)SymbolKind.Phase]);
        var alerts = ImmutableArray.CreateBuilder<AlertSymbol>(counts[(int)SymbolKind.Alert]);
        var evaluations = ImmutableArray.CreateBuilder<EvaluationSymbol>(counts[(int)SymbolKind.Evaluation]);
        var stakeholders = ImmutableArray.CreateBuilder<StakeholderSymbol>(counts[(int)SymbolKind.Stakeholder]);
        foreach (var symbol in table.Symbols)
        {
            if (Pilot is null && symbol is PilotSymbol pilot)
            {
                Pilot = pilot;
            }

            if (!table.IsBound(symbol))
            {
                continue;
            }

            switch (symbol)
            {
                case GoalSymbol goal: goals.Add(goal); break;
                case IndicatorSymbol indicator: indicators.Add(indicator); break;
                case SiteSymbol site: sites.Add(site); break;
                case WaveSymbol wave: waves.Add(wave); break;
                case PhaseSymbol phase: phases.Add(phase); break;
                case AlertSymbol alert: alerts.Add(alert); break;
                case EvaluationSymbol evaluation: evaluations.Add(evaluation); break;
                case StakeholderSymbol stakeholder: stakeholders.Add(stakeholder); break;
            }
        }

        Goals = Done(goals);
        Indicators = Done(indicators);
        Sites = Done(sites);
        Waves = Done(waves);
        Phases = Done(phases);
        Alerts = Done(alerts);
        Evaluations = Done(evaluations);
        Stakeholders = Done(stakeholders);
    }

    /// <summary>The (first) pilot of the compilation; null for a catalogue of indicators or sites.</summary>
    public PilotSymbol? Pilot { get; }

    public DeclarationTable Table { get; }

    public ImmutableDictionary<DeclarationSyntax, Symbol> Declarations =>
        LazyInitializer.EnsureInitialized(ref _declarationsView, () => DeclaredSymbols.ToImmutableDictionary())!;

    /// <summary>Name tokens that refer to a symbol (declarations not included).</summary>
    public ImmutableDictionary<SyntaxToken, Symbol> References =>
        LazyInitializer.EnsureInitialized(ref _referencesView, () => _references.ToImmutableDictionary())!;

    public ImmutableArray<Diagnostic> Diagnostics { get; }

    // The per-kind lists hold the symbols that were bound: a second declaration of a name was
    // reported (PS0100) and never bound, so checks must not report its empty facts again.
    // Computed once: checks and emitters ask for them thousands of times on a large spec.
    public ImmutableArray<GoalSymbol> Goals { get; }
    public ImmutableArray<IndicatorSymbol> Indicators { get; }
    public ImmutableArray<SiteSymbol> Sites { get; }
    public ImmutableArray<WaveSymbol> Waves { get; }
    public ImmutableArray<PhaseSymbol> Phases { get; }
    public ImmutableArray<AlertSymbol> Alerts { get; }
    public ImmutableArray<EvaluationSymbol> Evaluations { get; }
    public ImmutableArray<StakeholderSymbol> Stakeholders { get; }

    private static ImmutableArray<T> Done<T>(ImmutableArray<T>.Builder builder) =>
        builder.Count == builder.Capacity ? builder.MoveToImmutable() : builder.ToImmutable();

    /// <summary>The declarations and their symbols, for the compiler's own lookups (no immutable copy).</summary>
    internal IReadOnlyDictionary<DeclarationSyntax, Symbol> DeclaredSymbols =>
        LazyInitializer.EnsureInitialized(ref _declarations, () =>
        {
            // Every declaration that made a symbol (duplicates included), as the collector declared them.
            var map = new Dictionary<DeclarationSyntax, Symbol>(Table.Symbols.Length);
            foreach (var symbol in Table.Symbols)
            {
                map[symbol.Declaration] = symbol;
            }

            return map;
        })!;

    /// <summary>The name tokens that refer to a symbol, for the compiler's own lookups (no immutable copy).</summary>
    internal IReadOnlyDictionary<SyntaxToken, Symbol> ReferencedSymbols => _references;
}
