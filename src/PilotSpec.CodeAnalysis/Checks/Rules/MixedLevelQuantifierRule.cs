using System.Collections.Immutable;
using System.Linq;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Binding.Bound;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>
/// PS0714: `at 80% of sites in G` where G holds a department and its own projects counts
/// the department and each project as a site of equal standing: the department's value is
/// counted twice, once itself and once through its projects. Reported on the set named by
/// the quantifier, naming one site and its parent. The same holds for `at all sites` (no
/// group) in a pilot whose sites are at two levels: the default range counts every pilot
/// site, parents and children alike, so `at 80% of sites` is a share of a count in which the
/// same place stands twice — say `in departments` or `in projects`. `at all sites` and
/// `at any site` are not reported there: everywhere and somewhere mean the same whether a
/// parent is counted or not, and an alert on any site is meant to watch every level.
/// </summary>
internal sealed class MixedLevelQuantifierRule : SpecRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(DiagnosticDescriptors.QuantifierMixesLevels);

    internal override void Run(RuleContext context)
    {
        var mixes = new System.Collections.Generic.Dictionary<ImmutableArray<SiteSymbol>, (SiteSymbol Child, SiteSymbol Parent)?>();
        foreach (var node in Conditions.Nodes(context.Program))
        {
            if (node is not BoundQuantified { Scope: null or WaveSymbol } quantified || quantified.Syntax is not QuantifiedExpressionSyntax syntax)
            {
                continue;
            }

            var scope = quantified.Scope as WaveSymbol;
            if (scope is null && quantified.Quantifier is not (QuantifierKind.Share or QuantifierKind.Count))
            {
                continue;
            }

            // Every unscoped quantifier ranges over the same array of all pilot sites: look at it once,
            // or a spec with thousands of sites and conditions would cost sites x conditions.
            if (!mixes.TryGetValue(quantified.Sites, out var pair))
            {
                pair = ChildAndParent(quantified.Sites);
                mixes.Add(quantified.Sites, pair);
            }

            if (pair is not var (child, parent))
            {
                continue;
            }
            if (scope is null)
            {
                context.Diagnostics.Report(DiagnosticDescriptors.QuantifierMixesLevels, syntax.Quantifier, new Phrase("Scope_AllSites"), child.Name, parent.Name);
                continue;
            }

            var at = (SyntaxNode?)syntax.Quantifier.DescendantTokens().FirstOrDefault(t => t.Text == scope.Name) ?? syntax.Quantifier;
            context.Diagnostics.Report(DiagnosticDescriptors.QuantifierMixesLevels, at, scope.Name, child.Name, parent.Name);
        }
    }

    // A site of the set whose parent (or a further ancestor) is in the set too; null when none is.
    private static (SiteSymbol Child, SiteSymbol Parent)? ChildAndParent(ImmutableArray<SiteSymbol> sites)
    {
        var members = new System.Collections.Generic.HashSet<SiteSymbol>(sites); // a hash table, not an immutable tree: one per wave
        var child = sites.FirstOrDefault(s => Ancestors(s).Any(members.Contains));
        return child is null ? null : (child, Ancestors(child).First(members.Contains));
    }

    private static System.Collections.Generic.IEnumerable<SiteSymbol> Ancestors(SiteSymbol site)
    {
        // Parent cycles are PS0302; the walk stops after as many steps as there could be sites.
        var steps = 0;
        for (var parent = site.ParentSite; parent is not null && steps < 1000; parent = parent.ParentSite, steps++)
        {
            yield return parent;
        }
    }
}
