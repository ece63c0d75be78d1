using System.Collections.Immutable;
using System.Linq;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Diagnostics;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>PS0303: a pilot site that no phase runs in — the reform never reaches it. Comparison sites are meant to be left out.</summary>
internal sealed class SiteInNoPhaseRule : SpecRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(DiagnosticDescriptors.SiteInNoPhase);

    internal override void Run(RuleContext context)
    {
        if (context.HasBindingErrors)
        {
            return;
        }

        var phases = context.Program.Phases;
        if (phases.IsEmpty || phases.Any(p => p.RunsAtAllSites))
        {
            return;
        }

        var covered = phases.SelectMany(p => p.RunsIn).SelectMany(place => place switch
        {
            WaveSymbol wave => wave.Sites.AsEnumerable(),
            SiteSymbol site => new[] { site },
            _ => Enumerable.Empty<SiteSymbol>(),
        }).ToImmutableHashSet();

        // A parent region is covered through the districts under it.
        var parents = context.Program.Sites.Where(s => s.ParentSite is not null).Select(s => s.ParentSite!).ToImmutableHashSet();
        foreach (var site in context.Program.Sites.Where(s => s.Role == SiteRole.Pilot && !covered.Contains(s) && !parents.Contains(s)))
        {
            context.Diagnostics.Report(DiagnosticDescriptors.SiteInNoPhase, site.Declaration.Identifier, site.Name);
        }
    }
}
