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
        for (var i = 0; i < symbols.Count; i++)
        {
            if (symbols[i] is PilotSymbol pilot)
            {
                PilotBinder.Bind(pilot, properties[i], values);
            }
        }

        for (var i = 0; i < symbols.Count; i++)
        {
            if (symbols[i] is StakeholderSymbol stakeholder)
            {
                StakeholderBinder.Bind(stakeholder, properties[i], values);
            }
        }

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

        for (var i = 0; i < symbols.Count; i++)
        {
            if (symbols[i] is WaveSymbol wave)
            {
                WaveBinder.Bind(wave, properties[i], values, context);
            }
        }

        for (var i = 0; i < symbols.Count; i++)
        {
            if (symbols[i] is IndicatorSymbol indicator)
            {
                IndicatorBinder.Bind(indicator, properties[i], values, context);
            }
        }

        for (var i = 0; i < symbols.Count; i++)
        {
            if (symbols[i] is GoalSymbol goal)
            {
                var nested = nestedIn.TryGetValue(goal, out var list) ? list : (IEnumerable<Symbol>)System.Array.Empty<Symbol>();
                GoalBinder.Bind(goal, goal.Container, properties[i], values, nested);
            }
        }

        for (var i = 0; i < symbols.Count; i++)
        {
            if (symbols[i] is PhaseSymbol phase)
            {
                PhaseBinder.Bind(phase, properties[i], values, context);
            }
        }

        for (var i = 0; i < symbols.Count; i++)
        {
            if (symbols[i] is AlertSymbol alert)
            {
                AlertBinder.Bind(alert, properties[i], values, context);
            }
        }

        for (var i = 0; i < symbols.Count; i++)
        {
            if (symbols[i] is EvaluationSymbol evaluation)
            {
                EvaluationBinder.Bind(evaluation, properties[i], values, context);
            }
        }

        return new BoundProgram(table, context.References, diagnostics.ToImmutable());
    }
}
