using System.Collections.Immutable;
using System.Linq;
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
    internal BoundProgram(
        DeclarationTable table,
        ImmutableDictionary<DeclarationSyntax, Symbol> declarations,
        ImmutableDictionary<SyntaxToken, Symbol> references,
        ImmutableArray<Diagnostic> diagnostics)
    {
        Table = table;
        Declarations = declarations;
        References = references;
        Diagnostics = diagnostics;
        Pilot = table.OfType<PilotSymbol>().FirstOrDefault();
        Goals = Bound<GoalSymbol>();
        Indicators = Bound<IndicatorSymbol>();
        Sites = Bound<SiteSymbol>();
        Waves = Bound<WaveSymbol>();
        Phases = Bound<PhaseSymbol>();
        Alerts = Bound<AlertSymbol>();
        Evaluations = Bound<EvaluationSymbol>();
        Stakeholders = Bound<StakeholderSymbol>();
    }

    /// <summary>The (first) pilot of the compilation; null for a catalogue of indicators or sites.</summary>
    public PilotSymbol? Pilot { get; }

    public DeclarationTable Table { get; }

    public ImmutableDictionary<DeclarationSyntax, Symbol> Declarations { get; }

    /// <summary>Name tokens that refer to a symbol (declarations not included).</summary>
    public ImmutableDictionary<SyntaxToken, Symbol> References { get; }

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

    private ImmutableArray<T> Bound<T>() where T : Symbol =>
        Table.OfType<T>().Where(s => ReferenceEquals(Table.Lookup(s.Name), s)).ToImmutableArray();
}
