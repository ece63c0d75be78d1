using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Binding;

public sealed class GoalSymbol : Symbol
{
    internal GoalSymbol(DeclarationSyntax declaration) : base(declaration) { }

    public override SymbolKind Kind => SymbolKind.Goal;

    public GoalSymbol? ParentGoal { get; internal set; }

    /// <summary>The indicators that measure the goal: declared inside it or listed in `measures:`.</summary>
    public ImmutableArray<IndicatorSymbol> Indicators { get; internal set; } = ImmutableArray<IndicatorSymbol>.Empty;
}
