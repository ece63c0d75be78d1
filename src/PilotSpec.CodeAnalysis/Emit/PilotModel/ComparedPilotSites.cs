using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using PilotSpec.CodeAnalysis.Binding;

namespace PilotSpec.CodeAnalysis.Emit.PilotModel;

/// <summary>
/// The pilot sites a difference-in-differences sets beside its comparison sites: units like
/// them. A province among its own departments, or a city beside its districts, would count
/// the same place twice and weigh one unit of another kind as one more site. So: the pilot
/// sites at the comparison sites' level when those share one; otherwise the pilot sites that
/// are not the parent of another pilot site (the lowest units).
/// </summary>
internal static class ComparedPilotSites
{
    public static ImmutableArray<SiteSymbol> Of(ImmutableArray<SiteSymbol> pilotSites, EvaluationSymbol evaluation)
    {
        var comparison = evaluation.SitesComparedAgainst;

        var levels = comparison.Select(s => s.Level).Distinct().ToList();
        if (levels.Count == 1 && levels[0] is { } level && pilotSites.Any(s => s.Level == level))
        {
            return pilotSites.Where(s => s.Level == level).ToImmutableArray();
        }

        var parents = new HashSet<SiteSymbol>();
        foreach (var site in pilotSites)
        {
            // Parent cycles are PS0302; the walk stops after as many steps as there are sites.
            var steps = 0;
            for (var parent = site.ParentSite; parent is not null && steps <= pilotSites.Length; parent = parent.ParentSite, steps++)
            {
                parents.Add(parent);
            }
        }

        return pilotSites.Where(s => !parents.Contains(s)).ToImmutableArray();
    }
}
