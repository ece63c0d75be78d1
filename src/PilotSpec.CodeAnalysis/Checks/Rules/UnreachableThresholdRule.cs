using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Binding.Bound;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Types;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>
/// PS0703: a percentage cannot leave 0–100%, so `rate >= 120%` (or `rate > 100%`,
/// `rate < 0%`) never holds: a criterion that can never be met, an alert that never fires.
/// </summary>
internal sealed class UnreachableThresholdRule : SpecRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(DiagnosticDescriptors.UnreachableThreshold);

    internal override void Run(RuleContext context)
    {
        foreach (var comparison in Conditions.Comparisons(context.Program))
        {
            if (!comparison.IsLevel || !comparison.Indicator.Indicator.IsRate || comparison.Value.Unit.Dimension != Dimension.Percent)
            {
                continue;
            }

            var value = comparison.Value.Value;
            var never = comparison.Operator switch
            {
                BoundBinaryOperator.GreaterOrEqual or BoundBinaryOperator.Equal => value > 100m,
                BoundBinaryOperator.Greater => value >= 100m,
                BoundBinaryOperator.LessOrEqual => value < 0m,
                BoundBinaryOperator.Less => value <= 0m,
                _ => false,
            };
            if (never)
            {
                context.Diagnostics.Report(DiagnosticDescriptors.UnreachableThreshold, comparison.Literal.Syntax, comparison.Indicator.Indicator.Name, comparison.Literal.Syntax.ToString());
            }
        }
    }
}
