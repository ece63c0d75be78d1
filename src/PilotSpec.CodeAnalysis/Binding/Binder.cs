using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
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
        var collector = new DeclarationCollector(diagnostics);
        foreach (var tree in trees)
        {
            collector.Collect(tree);
        }

        var table = collector.ToTable();
        var containers = collector.Containers;
        var context = new BindingContext(table, diagnostics);
        var values = new ValueReader(context);

        // Only the symbol the table holds under a name is bound; a duplicate was reported and is skipped.
        var symbols = table.Symbols.Where(s => ReferenceEquals(table.Lookup(s.Name), s)).ToList();
        var properties = symbols.ToDictionary(s => s, s => new PropertySet(s, diagnostics));
        Symbol? Container(Symbol s) => containers.TryGetValue(s, out var c) ? c : null;

        foreach (var pilot in symbols.OfType<PilotSymbol>())
        {
            PilotBinder.Bind(pilot, properties[pilot], values);
        }

        foreach (var stakeholder in symbols.OfType<StakeholderSymbol>())
        {
            StakeholderBinder.Bind(stakeholder, properties[stakeholder], values);
        }

        foreach (var site in symbols.OfType<SiteSymbol>())
        {
            SiteBinder.Bind(site, Container(site), properties[site], values);
        }

        context.PilotSites = symbols.OfType<SiteSymbol>().Where(s => s.Role == SiteRole.Pilot).ToImmutableArray();

        foreach (var wave in symbols.OfType<WaveSymbol>())
        {
            WaveBinder.Bind(wave, properties[wave], values, context);
        }

        foreach (var indicator in symbols.OfType<IndicatorSymbol>())
        {
            IndicatorBinder.Bind(indicator, properties[indicator], values, context);
        }

        foreach (var goal in symbols.OfType<GoalSymbol>())
        {
            var nested = symbols.Where(s => ReferenceEquals(Container(s), goal));
            GoalBinder.Bind(goal, Container(goal), properties[goal], values, nested);
        }

        foreach (var phase in symbols.OfType<PhaseSymbol>())
        {
            PhaseBinder.Bind(phase, properties[phase], values, context);
        }

        foreach (var alert in symbols.OfType<AlertSymbol>())
        {
            AlertBinder.Bind(alert, properties[alert], values, context);
        }

        foreach (var evaluation in symbols.OfType<EvaluationSymbol>())
        {
            EvaluationBinder.Bind(evaluation, properties[evaluation], values, context);
        }

        return new BoundProgram(table, collector.SymbolsByDeclaration, context.References, diagnostics.ToImmutable());
    }
}
