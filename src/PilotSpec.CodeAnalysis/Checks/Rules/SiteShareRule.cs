using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Binding.Bound;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>
/// PS0701: `at 0.8 of sites` is a count of 0.8 sites, so one site of sixteen satisfies it;
/// the writer meant 80% (the fix). PS0702: a count or a share of sites the set cannot
/// reach (`at 17 of sites` when there are 16, `at 120% of sites`): the condition never holds.
/// </summary>
internal sealed class SiteShareRule : SpecRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.FractionalSiteCount, DiagnosticDescriptors.MoreSitesThanTheSetHas);

    internal override void Run(RuleContext context)
    {
        foreach (var node in Conditions.Nodes(context.Program))
        {
            if (node is not BoundQuantified { Share: { } share } quantified
                || quantified.Syntax is not QuantifiedExpressionSyntax { Quantifier: ShareOfSitesQuantifierSyntax syntax })
            {
                continue;
            }

            var token = syntax.ShareToken;
            if (quantified.Quantifier == QuantifierKind.Count && share > 0 && share < 1)
            {
                var percent = Numbers.Format(share * 100m) + "%";
                var fix = CodeFix.Replace("Fix_WriteAsPercent", token.Span, percent, percent);
                context.Diagnostics.Report(DiagnosticDescriptors.FractionalSiteCount, token, fix, token.Text, percent);
                continue;
            }

            var count = quantified.Sites.Length;
            var tooMany = quantified.Quantifier == QuantifierKind.Count ? share > count : share > 100m;
            if (tooMany)
            {
                object set = quantified.Scope is { } scope ? "'" + scope.Name + "'" : new Phrase("Word_ThePilot");
                context.Diagnostics.Report(DiagnosticDescriptors.MoreSitesThanTheSetHas, token, token.Text, count, set);
            }
        }
    }
}
