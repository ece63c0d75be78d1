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
    }

    /// <summary>The (first) pilot of the compilation; null for a catalogue of indicators or sites.</summary>
    public PilotSymbol? Pilot { get; }

    public DeclarationTable Table { get; }

    public ImmutableDictionary<DeclarationSyntax, Symbol> Declarations { get; }

    /// <summary>Name tokens that refer to a symbol (declarations not included).</summary>
    public ImmutableDictionary<SyntaxToken, Symbol> References { get; }

    public ImmutableArray<Diagnostic> Diagnostics { get; }

    public ImmutableArray<GoalSymbol> Goals => Table.OfType<GoalSymbol>().ToImmutableArray();
    public ImmutableArray<IndicatorSymbol> Indicators => Table.OfType<IndicatorSymbol>().ToImmutableArray();
    public ImmutableArray<SiteSymbol> Sites => Table.OfType<SiteSymbol>().ToImmutableArray();
    public ImmutableArray<WaveSymbol> Waves => Table.OfType<WaveSymbol>().ToImmutableArray();
    public ImmutableArray<PhaseSymbol> Phases => Table.OfType<PhaseSymbol>().ToImmutableArray();
    public ImmutableArray<AlertSymbol> Alerts => Table.OfType<AlertSymbol>().ToImmutableArray();
    public ImmutableArray<EvaluationSymbol> Evaluations => Table.OfType<EvaluationSymbol>().ToImmutableArray();
    public ImmutableArray<StakeholderSymbol> Stakeholders => Table.OfType<StakeholderSymbol>().ToImmutableArray();
}
