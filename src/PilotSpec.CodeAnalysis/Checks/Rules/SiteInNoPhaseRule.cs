using System.Collections.Immutable;
using System.Linq;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Diagnostics;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>
/// PS0303: a pilot site that no phase runs in — the reform never reaches it. Comparison
/// sites are meant to be left out. When a phase's `in:` (or a wave it names) could not be
/// bound — a misspelt name, reported already — which sites were meant is unknown, and
/// calling the others uncovered would be a second diagnostic for the same mistake.
/// </summary>
internal sealed class SiteInNoPhaseRule : SpecRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(DiagnosticDescriptors.SiteInNoPhase);

    internal override void Run(RuleContext context)
    {
        var phases = context.Program.Phases;
        if (phases.IsEmpty || phases.Any(p => p.RunsAtAllSites) || phases.Any(p => CoverageUnknown(context, p)))
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
            // A role that could not be read (`role: comparsion`) may have meant a comparison site.
            if (ReportedAlready.InProperty(context, site, "role"))
            {
                continue;
            }

            context.Diagnostics.Report(DiagnosticDescriptors.SiteInNoPhase, site.Declaration.Identifier, site.Name);
        }
    }

    private static bool CoverageUnknown(RuleContext context, PhaseSymbol phase)
    {
        // No `in:` at all is PS0403; a misspelt one is PS0108.
        if (!PropertyPresence.IsWritten(phase, "in") || PropertyPresence.IsMisspelt(phase, "in"))
        {
            return true;
        }

        var runsIn = phase.Declaration.Properties.FirstOrDefault(p => p.NameToken.Text == "in");
        return ReportedAlready.Within(context, runsIn)
            || phase.RunsIn.OfType<WaveSymbol>().Any(wave => ReportedAlready.Within(context, wave.Declaration));
    }
}
