using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Diagnostics;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>
/// PS0713: a comparison site put into a roll-out phase (one that lists waves, or staggers)
/// is treated: the reform reaches the control, and its untreated series is cut short.
/// Reported where the phase names the site or the group that holds it. (A comparison site
/// inside a wave is PS0300.)
/// </summary>
internal sealed class ComparisonSiteInRolloutRule : SpecRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(DiagnosticDescriptors.ComparisonSiteInRollout);

    internal override void Run(RuleContext context)
    {
        foreach (var phase in context.Program.Phases)
        {
            var rollout = phase.Stagger is not null || phase.RunsIn.OfType<WaveSymbol>().Any(w => !w.IsGroup);
            if (!rollout)
            {
                continue;
            }

            foreach (var place in phase.RunsIn)
            {
                IEnumerable<SiteSymbol> sites = place switch
                {
                    SiteSymbol site => new[] { site },
                    WaveSymbol { IsGroup: true } group => group.Sites,
                    _ => Enumerable.Empty<SiteSymbol>(), // a wave: PS0300 already
                };
                foreach (var site in sites.Where(s => s.Role == SiteRole.Comparison))
                {
                    context.Diagnostics.Report(DiagnosticDescriptors.ComparisonSiteInRollout, SymbolSyntax.NameOf(phase, place), site.Name, phase.Name);
                }
            }
        }
    }
}
