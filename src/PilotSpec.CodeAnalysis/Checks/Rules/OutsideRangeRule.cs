using System.Collections.Immutable;
using System.Globalization;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Binding.Bound;
using PilotSpec.CodeAnalysis.Diagnostics;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>
/// PS0708–PS0709: an indicator with `range: 0, 100` (a score's scale) compared with a
/// threshold beyond it — `overall_score >= 120` can never hold, and neither can
/// `overall_score < 0` — or given a baseline or a target it cannot take. (Percentages have
/// their own 0–100 checks, PS0703 and PS0205; a range narrows them further.)
/// </summary>
internal sealed class OutsideRangeRule : SpecRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(
        DiagnosticDescriptors.ThresholdOutsideRange, DiagnosticDescriptors.ValueOutsideRange);

    internal override void Run(RuleContext context)
    {
        foreach (var comparison in Conditions.Comparisons(context.Program))
        {
            if (!comparison.IsLevel || comparison.Indicator.Indicator.Range is not var (low, high) || (!comparison.Value.Unit.IsCompatibleWith(low.Unit) && comparison.Value.Unit.Dimension != Types.Dimension.Scalar))
            {
                continue;
            }

            var value = comparison.Value.Value;
            var never = comparison.Operator switch
            {
                BoundBinaryOperator.GreaterOrEqual or BoundBinaryOperator.Equal => value > high.Value || (comparison.Operator == BoundBinaryOperator.Equal && value < low.Value),
                BoundBinaryOperator.Greater => value >= high.Value,
                BoundBinaryOperator.LessOrEqual => value < low.Value,
                BoundBinaryOperator.Less => value <= low.Value,
                _ => false,
            };
            if (never)
            {
                context.Diagnostics.Report(DiagnosticDescriptors.ThresholdOutsideRange, comparison.Literal.Syntax, comparison.Indicator.Indicator.Name, Format(low.Value), Format(high.Value), comparison.Literal.Syntax.ToString());
            }
        }

        foreach (var indicator in context.Program.Indicators)
        {
            if (indicator.Range is not var (low, high))
            {
                continue;
            }

            if (indicator.Baseline is { } baseline && (baseline.Value < low.Value || baseline.Value > high.Value))
            {
                context.Diagnostics.Report(DiagnosticDescriptors.ValueOutsideRange, IndicatorProperties.Location(indicator, "baseline"), new Phrase("Word_Baseline"), indicator.Name, Format(baseline.Value), Format(low.Value), Format(high.Value));
            }

            if (indicator.Target?.AbsoluteValue(indicator.Baseline) is { } goal && (goal < low.Value || goal > high.Value))
            {
                context.Diagnostics.Report(DiagnosticDescriptors.ValueOutsideRange, IndicatorProperties.Location(indicator, "target"), new Phrase("Word_Target"), indicator.Name, Format(decimal.Round(goal, 2)), Format(low.Value), Format(high.Value));
            }
        }
    }

    private static string Format(decimal value) => value.ToString("0.##########", CultureInfo.InvariantCulture);
}
