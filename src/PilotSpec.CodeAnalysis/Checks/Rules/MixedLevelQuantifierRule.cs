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
/// the quantifier, naming one site and its parent.
/// </summary>
internal sealed class MixedLevelQuantifierRule : SpecRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(DiagnosticDescriptors.QuantifierMixesLevels);

    internal override void Run(RuleContext context)
    {
        foreach (var node in Conditions.Nodes(context.Program))
        {
            if (node is not BoundQuantified { Scope: WaveSymbol scope } quantified || quantified.Syntax is not QuantifiedExpressionSyntax syntax)
            {
                continue;
            }

            var members = quantified.Sites.ToImmutableHashSet();
            var child = quantified.Sites.FirstOrDefault(s => Ancestors(s).Any(members.Contains));
            if (child is null)
            {
                continue;
            }

            var parent = Ancestors(child).First(members.Contains);
            var at = (SyntaxNode?)syntax.Quantifier.DescendantTokens().FirstOrDefault(t => t.Text == scope.Name) ?? syntax.Quantifier;
            context.Diagnostics.Report(DiagnosticDescriptors.QuantifierMixesLevels, at, scope.Name, child.Name, parent.Name);
        }
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
