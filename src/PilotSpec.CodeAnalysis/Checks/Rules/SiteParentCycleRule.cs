using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Diagnostics;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>PS0302: a site that is its own ancestor (`parent:` links in a circle), reported once per cycle.</summary>
internal sealed class SiteParentCycleRule : SpecRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(DiagnosticDescriptors.SiteParentCycle);

    internal override void Run(RuleContext context)
    {
        var reported = new HashSet<SiteSymbol>();
        var path = new List<SiteSymbol>(); // one list for all sites: most paths are a site and its parent
        foreach (var site in context.Program.Sites)
        {
            path.Clear();
            for (var current = site; current is not null; current = current.ParentSite)
            {
                var index = path.IndexOf(current);
                if (index >= 0)
                {
                    var cycle = path.Skip(index).ToList();
                    if (cycle.Any(reported.Contains))
                    {
                        break;
                    }

                    reported.UnionWith(cycle);
                    var names = string.Join(" → ", cycle.Select(s => s.Name).Concat(new[] { current.Name }));
                    context.Diagnostics.Report(DiagnosticDescriptors.SiteParentCycle, IndicatorProperties.Location(current, "parent"), current.Name, names);
                    break;
                }

                path.Add(current);
            }
        }
    }
}
