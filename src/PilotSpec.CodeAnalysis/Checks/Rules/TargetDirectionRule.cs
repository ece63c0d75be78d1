using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Diagnostics;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>PS0202: a target worse than the baseline, given which way is better (`better: lower` and a higher target).</summary>
internal sealed class TargetDirectionRule : SpecRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(DiagnosticDescriptors.TargetWrongDirection);

    internal override void Run(RuleContext context)
    {
        foreach (var indicator in context.Program.Indicators)
        {
            if (indicator.Target is not { } target || indicator.Baseline is not { } baseline || indicator.Direction == Direction.Unspecified)
            {
                continue;
            }

            if (target.Kind == TargetKind.Absolute && !target.Amount.Unit.IsCompatibleWith(baseline.Unit) && target.Amount.Unit.Dimension != Types.Dimension.Scalar)
            {
                continue; // a unit problem, reported by the unit rule
            }

            var goal = target.AbsoluteValue(baseline);
            if (goal is null)
            {
                continue;
            }

            var worse = indicator.Direction == Direction.HigherIsBetter ? goal < baseline.Value : goal > baseline.Value;
            if (worse)
            {
                var word = new Phrase(indicator.Direction == Direction.HigherIsBetter ? "Word_Higher" : "Word_Lower");
                context.Diagnostics.Report(
                    DiagnosticDescriptors.TargetWrongDirection,
                    IndicatorProperties.Location(indicator, "target"),
                    indicator.Name,
                    word,
                    IndicatorProperties.Value(indicator, "target")?.Expression.ToString() ?? target.Amount.ToString(),
                    baseline.ToString());
            }
        }
    }
}
