using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Types;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>
/// PS0700: `execution_rate >= 0.9` on a percent indicator compares with 0.9%, not 90%: a
/// department at 5% passes. A plain number between 0 and 1 against a rate is almost always
/// a fraction meant as a percentage; the fix writes it as one (`90%`).
/// </summary>
internal sealed class FractionOnPercentRule : SpecRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(DiagnosticDescriptors.FractionOnPercentIndicator);

    internal override void Run(RuleContext context)
    {
        foreach (var comparison in Conditions.Comparisons(context.Program))
        {
            if (!comparison.IsLevel || !comparison.Indicator.Indicator.IsRate
                || comparison.Value.Unit.Dimension != Dimension.Scalar || comparison.Value.Value <= 0 || comparison.Value.Value > 1)
            {
                continue;
            }

            var written = comparison.Literal.Syntax.ToString();
            var percent = Numbers.Format(comparison.Value.Value * 100m) + "%";
            var fix = CodeFix.Replace("Fix_WriteAsPercent", comparison.Literal.Syntax.Span, percent, percent);
            context.Diagnostics.Report(
                DiagnosticDescriptors.FractionOnPercentIndicator, comparison.Literal.Syntax, fix,
                comparison.Indicator.Indicator.Name, written, percent);
        }
    }
}
