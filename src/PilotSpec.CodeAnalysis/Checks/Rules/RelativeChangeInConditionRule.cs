using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Binding.Bound;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Types;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>
/// PS0704: PS0204's mistake in a condition. `theft_clearance.change >= +5%` on a rate asks
/// for a relative rise of 5% (62% → 65.1%), not five percentage points (62% → 67%), and the
/// decision flips with it. Warned, with `+5 points` offered.
/// </summary>
internal sealed class RelativeChangeInConditionRule : SpecRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(DiagnosticDescriptors.RelativeChangeOfRateInCondition);

    internal override void Run(RuleContext context)
    {
        foreach (var comparison in Conditions.Comparisons(context.Program))
        {
            if (comparison.Indicator.Member != IndicatorMember.Change || !comparison.Indicator.Indicator.IsRate
                || comparison.Value.Unit.Dimension != Dimension.Percent || comparison.Value.Value == 0)
            {
                continue;
            }

            var amount = comparison.Value.Value;
            var points = (amount >= 0 ? "+" : "-") + Numbers.Format(System.Math.Abs(amount)) + " points";
            var syntax = comparison.Literal.Syntax;
            var fix = CodeFix.Replace("Fix_UsePoints", syntax.Span, points, points);
            context.Diagnostics.Report(DiagnosticDescriptors.RelativeChangeOfRateInCondition, syntax, fix, comparison.Indicator.Indicator.Name, syntax.ToString(), points);
        }
    }
}
