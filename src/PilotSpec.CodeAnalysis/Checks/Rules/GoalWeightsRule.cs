using System;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using PilotSpec.CodeAnalysis.Diagnostics;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>PS0207: once a goal weighs its indicators, the weights must sum to 1 (an unweighted indicator counts as 0).</summary>
internal sealed class GoalWeightsRule : SpecRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(DiagnosticDescriptors.GoalWeightsDoNotSumToOne);

    internal override void Run(RuleContext context)
    {
        // An indicator weighted in two goals has one weight (the last written): PS0707 says so,
        // and the sums of those goals would be computed with a weight they do not show.
        var weights = IndicatorWeightedTwiceRule.Weights(context.Program);
        var weightedTwice = new System.Collections.Generic.HashSet<Binding.IndicatorSymbol>(weights.Where(w => w.Value.Count > 1).Select(w => w.Key));
        foreach (var goal in context.Program.Goals)
        {
            // The weights this goal writes: an indicator weighted in another goal only is unweighted here.
            var written = goal.Indicators
                .Select(i => weights.TryGetValue(i, out var places) ? places.FirstOrDefault(p => ReferenceEquals(p.Goal, goal)).Weight : null)
                .ToList();
            if (written.All(w => w is null) || goal.Indicators.Any(weightedTwice.Contains))
            {
                continue;
            }

            // An indicator listed under a wrong name, or a weight that could not be read, was
            // reported already; the sum without it says nothing new.
            if (ReportedAlready.InProperty(context, goal, "measures") || goal.Indicators.Any(i => ReportedAlready.InProperty(context, i, "weight"))
                || goal.Declaration.NestedDeclarations.Any(d => ReportedAlready.Within(context, d.Identifier)))
            {
                continue;
            }

            var sum = written.Sum(w => w is null ? 0m : Value(w));
            if (Math.Abs(sum - 1m) > 0.0001m)
            {
                context.Diagnostics.Report(DiagnosticDescriptors.GoalWeightsDoNotSumToOne, goal.Declaration.Identifier, goal.Name, sum.ToString("0.####", CultureInfo.InvariantCulture));
            }
        }
    }

    // `0.6` or `60%`; a weight that could not be read was reported by the binder (and the goal skipped).
    private static decimal Value(Syntax.SyntaxNode weight) =>
        weight is Syntax.ExpressionSyntax expression
            ? Binding.ExpressionBinder.QuantityOf(expression) switch
            {
                { Unit.Dimension: Types.Dimension.Scalar } q => q.Value,
                { Unit.Dimension: Types.Dimension.Percent } q => q.Value / 100m,
                _ => 0m,
            }
            : 0m;
}
