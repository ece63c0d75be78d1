using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Diagnostics;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>
/// PS0711: once a pilot rolls out in waves, a pilot site in no wave (and not named in any
/// phase itself) is never treated, yet `at all sites` still judges it. Comparison sites
/// and regions that contain other sites are left out on purpose, and so are sites under a
/// site in a wave (a project of a department). When no phase lists a
/// wave, the waves are only names and nothing is said.
/// </summary>
internal sealed class PilotSiteInNoWaveRule : SpecRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(DiagnosticDescriptors.PilotSiteInNoWave);

    internal override void Run(RuleContext context)
    {
        var program = context.Program;
        var usedWaves = program.Phases.SelectMany(p => p.RunsIn).OfType<WaveSymbol>().Where(w => !w.IsGroup).ToList();
        // A wave or an `in:` with a misspelt name was reported there: which sites were meant is unknown.
        if (usedWaves.Count == 0
            || program.Waves.Any(w => ReportedAlready.Within(context, w.Declaration))
            || program.Phases.Any(p => ReportedAlready.InProperty(context, p, "in")))
        {
            return;
        }

        // Hash tables, not immutable trees: asked once per site and ancestor.
        var placed = new HashSet<SiteSymbol>(program.Waves.Where(w => !w.IsGroup).SelectMany(w => w.Sites)
            .Concat(program.Phases.SelectMany(p => p.RunsIn).OfType<SiteSymbol>()));
        var parents = new HashSet<SiteSymbol>(program.Sites.Where(s => s.ParentSite is not null).Select(s => s.ParentSite!));
        foreach (var site in program.Sites)
        {
            if (site.Role == SiteRole.Pilot && !placed.Contains(site) && !parents.Contains(site) && !UnderPlacedSite(site, placed)
                && !ReportedAlready.InProperty(context, site, "role"))
            {
                context.Diagnostics.Report(DiagnosticDescriptors.PilotSiteInNoWave, site.Declaration.Identifier, site.Name);
            }
        }
    }

    // A project under a department in a wave is reached through its department.
    private static bool UnderPlacedSite(SiteSymbol site, HashSet<SiteSymbol> placed)
    {
        var steps = 0; // parent cycles are PS0302; stop after as many steps as there could be sites
        for (var parent = site.ParentSite; parent is not null && steps < 1000; parent = parent.ParentSite, steps++)
        {
            if (placed.Contains(parent))
            {
                return true;
            }
        }

        return false;
    }
}
