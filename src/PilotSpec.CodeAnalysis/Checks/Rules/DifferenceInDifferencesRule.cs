using System.Collections.Immutable;
using System.Linq;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Diagnostics;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>PS0301: difference-in-differences compares pilot sites with comparison sites; without any there is nothing to compare with.</summary>
internal sealed class DifferenceInDifferencesRule : SpecRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(DiagnosticDescriptors.DifferenceInDifferencesWithoutComparison);

    internal override void Run(RuleContext context)
    {
        bool? roleUnread = null; // the same for every evaluation: asked once, not once per evaluation and site
        foreach (var evaluation in context.Program.Evaluations)
        {
            if (!evaluation.Methods.Contains("difference_in_differences"))
            {
                continue;
            }

            var comparison = evaluation.ComparedAgainst switch
            {
                WaveSymbol wave => wave.Sites.Where(s => s.Role == SiteRole.Comparison),
                SiteSymbol site => site.Role == SiteRole.Comparison ? new[] { site } : System.Array.Empty<SiteSymbol>(),
                _ => context.Program.Sites.Where(s => s.Role == SiteRole.Comparison),
            };
            if (comparison.Any())
            {
                continue;
            }

            // A site whose role could not be read, or a comparison group with a misspelt member,
            // was reported already and may hold the comparison site meant.
            roleUnread ??= context.Program.Sites.Any(s => ReportedAlready.InProperty(context, s, "role"));
            var unknown = roleUnread.Value
                || ReportedAlready.InProperty(context, evaluation, "method")
                || (evaluation.ComparedAgainst is WaveSymbol group && ReportedAlready.Within(context, group.Declaration));
            if (!unknown)
            {
                context.Diagnostics.Report(DiagnosticDescriptors.DifferenceInDifferencesWithoutComparison, IndicatorProperties.Location(evaluation, "method"), evaluation.Name);
            }
        }
    }
}
