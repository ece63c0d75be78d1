using System.Collections.Generic;
using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Binding.Declarations;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Binding;

/// <summary>
/// Binds a set of syntax trees (a spec and its imports) into a <see cref="BoundProgram"/>:
/// declarations first, then each kind's properties in dependency order (sites before the
/// waves that list them, waves before the phases and criteria that range over them).
/// </summary>
internal static class Binder
{
    public static BoundProgram Bind(IEnumerable<SyntaxTree> trees)
    {
        var diagnostics = new DiagnosticBag();
        var treeList = trees as IReadOnlyCollection<SyntaxTree> ?? new List<SyntaxTree>(trees);
        var declarationCount = 0;
        foreach (var tree in treeList)
        {
            declarationCount += DeclarationCollector.CountDeclarations(tree);
        }

        var collector = new DeclarationCollector(diagnostics, declarationCount);
        foreach (var tree in treeList)
        {
            collector.Collect(tree);
        }

        var table = collector.ToTable();
        var context = new BindingContext(table, diagnostics);
        var values = new ValueReader(context);

        // Only the symbol the table holds under a name is bound; a duplicate was reported and is skipped.
        // Every declaration's properties are read (and their mistakes reported) before any is bound,
        // in declaration order: the order diagnostics come out in.
        var symbols = new List<Symbol>(table.Symbols.Length);
        var properties = new List<PropertySet>(table.Symbols.Length);
        var siteCount = 0;
        foreach (var symbol in table.Symbols)
        {
            if (table.IsBound(symbol))
            {
                symbols.Add(symbol);
                properties.Add(new PropertySet(symbol, diagnostics));
                siteCount += symbol is SiteSymbol ? 1 : 0;
            }
        }

        // The symbols nested in each goal, in declaration order (one pass, not one per goal).
        var nestedIn = new Dictionary<Symbol, List<Symbol>>();
        foreach (var symbol in symbols)
        {
            if (symbol.Container is GoalSymbol goal)
            {
                if (!nestedIn.TryGetValue(goal, out var list))
                {
                    list = new List<Symbol>();
                    nestedIn.Add(goal, list);
                }

                list.Add(symbol);
            }
        }

        // One pass per kind, in the dependency order above, each in declaration order.
        ForEach<PilotSymbol>(symbols, properties, (pilot, set) => PilotBinder.Bind(pilot, set, values));
        ForEach<StakeholderSymbol>(symbols, properties, (stakeholder, set) => StakeholderBinder.Bind(stakeholder, set, values));

        var pilotSites = ImmutableArray.CreateBuilder<SiteSymbol>(siteCount);
        for (var i = 0; i < symbols.Count; i++)
        {
            if (symbols[i] is SiteSymbol site)
            {
                SiteBinder.Bind(site, site.Container, properties[i], values);
                if (site.Role == SiteRole.Pilot)
                {
                    pilotSites.Add(site);
                }
            }
        }

        context.PilotSites = pilotSites.Count == pilotSites.Capacity ? pilotSites.MoveToImmutable() : pilotSites.ToImmutable();

        ForEach<WaveSymbol>(symbols, properties, (wave, set) => WaveBinder.Bind(wave, set, values, context));
        ForEach<IndicatorSymbol>(symbols, properties, (indicator, set) => IndicatorBinder.Bind(indicator, set, values, context));
        ForEach<GoalSymbol>(symbols, properties, (goal, set) =>
            GoalBinder.Bind(goal, goal.Container, set, values, nestedIn.TryGetValue(goal, out var nested) ? nested : System.Array.Empty<Symbol>()));
        ForEach<PhaseSymbol>(symbols, properties, (phase, set) => PhaseBinder.Bind(phase, set, values, context));
        ForEach<AlertSymbol>(symbols, properties, (alert, set) => AlertBinder.Bind(alert, set, values, context));
        ForEach<EvaluationSymbol>(symbols, properties, (evaluation, set) => EvaluationBinder.Bind(evaluation, set, values, context));

        return new BoundProgram(table, context.References, diagnostics.ToImmutable());
    }

    /// <summary>Binds every symbol of one kind, in declaration order, with its properties.</summary>
    private static void ForEach<TSymbol>(List<Symbol> symbols, List<PropertySet> properties, System.Action<TSymbol, PropertySet> bind)
        where TSymbol : Symbol
    {
        for (var i = 0; i < symbols.Count; i++)
        {
            if (symbols[i] is TSymbol symbol)
            {
                bind(symbol, properties[i]);
            }
        }
    }
}
