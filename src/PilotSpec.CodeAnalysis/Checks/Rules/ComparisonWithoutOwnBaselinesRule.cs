using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Binding.Bound;
using PilotSpec.CodeAnalysis.Diagnostics;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>
/// PS0623: a difference-in-differences on an indicator whose baseline has no date and whose
/// comparison sites state no baseline of their own. A site's own starting point is its
/// observation on or before the baseline date; without a date none can be found, every site
/// is measured from the programme's baseline, and the "difference in changes" is a difference
/// in levels after the pilot — exactly what the method exists to avoid. Reported once per
/// evaluation and indicator, at the indicator's baseline.
/// </summary>
internal sealed class ComparisonWithoutOwnBaselinesRule : SpecRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(DiagnosticDescriptors.ComparisonWithoutOwnBaselines);

    internal override void Run(RuleContext context)
    {
        foreach (var evaluation in context.Program.Evaluations)
        {
            if (!evaluation.Methods.Contains("difference_in_differences"))
            {
                continue;
            }

            var comparison = evaluation.SitesComparedAgainst;
            if (comparison.IsEmpty)
            {
                continue;
            }

            var reported = new HashSet<IndicatorSymbol>();
            foreach (var criterion in evaluation.Criteria)
            {
                foreach (var value in BoundTreeWalker.DescendantsAndSelf(criterion).OfType<BoundIndicatorValue>())
                {
                    var indicator = value.Indicator;
                    if (indicator.BaselineDate is not null || indicator.Formula is not null || !reported.Add(indicator))
                    {
                        continue;
                    }

                    var without = comparison.FirstOrDefault(site => !indicator.SiteBaselines.ContainsKey(site.Name));
                    if (without is not null)
                    {
                        context.Diagnostics.Report(DiagnosticDescriptors.ComparisonWithoutOwnBaselines, IndicatorProperties.Location(indicator, "baseline"), indicator.Name, evaluation.Name, without.Name);
                    }
                }
            }
        }
    }
}
