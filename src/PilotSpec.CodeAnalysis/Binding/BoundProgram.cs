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
        Goals = table.OfType<GoalSymbol>().ToImmutableArray();
        Indicators = table.OfType<IndicatorSymbol>().ToImmutableArray();
        Sites = table.OfType<SiteSymbol>().ToImmutableArray();
        Waves = table.OfType<WaveSymbol>().ToImmutableArray();
        Phases = table.OfType<PhaseSymbol>().ToImmutableArray();
        Alerts = table.OfType<AlertSymbol>().ToImmutableArray();
        Evaluations = table.OfType<EvaluationSymbol>().ToImmutableArray();
        Stakeholders = table.OfType<StakeholderSymbol>().ToImmutableArray();
    }

    /// <summary>The (first) pilot of the compilation; null for a catalogue of indicators or sites.</summary>
    public PilotSymbol? Pilot { get; }

    public DeclarationTable Table { get; }

    public ImmutableDictionary<DeclarationSyntax, Symbol> Declarations { get; }

    /// <summary>Name tokens that refer to a symbol (declarations not included).</summary>
    public ImmutableDictionary<SyntaxToken, Symbol> References { get; }

    public ImmutableArray<Diagnostic> Diagnostics { get; }

    public ImmutableArray<GoalSymbol> Goals { get; }
    public ImmutableArray<IndicatorSymbol> Indicators { get; }
    public ImmutableArray<SiteSymbol> Sites { get; }
    public ImmutableArray<WaveSymbol> Waves { get; }
    public ImmutableArray<PhaseSymbol> Phases { get; }
    public ImmutableArray<AlertSymbol> Alerts { get; }
    public ImmutableArray<EvaluationSymbol> Evaluations { get; }
    public ImmutableArray<StakeholderSymbol> Stakeholders { get; }
}
