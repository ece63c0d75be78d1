using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using PilotSpec.CodeAnalysis.Binding.Bound;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Types;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>
/// PS0760: `formula: 0.5 * quality + 0.4 * speed` — a weighted total whose weights are all
/// fractions but do not sum to 1, so the total never reaches the scale's maximum (90 on a
/// 100-point scale) and every site looks worse than it is. Like PS0207 for goals, but for a
/// total computed in a formula.
/// </summary>
internal sealed class FormulaWeightsRule : SpecRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(DiagnosticDescriptors.FormulaWeightsDoNotSumToOne);

    internal override void Run(RuleContext context)
    {
        foreach (var indicator in context.Program.Indicators)
        {
            if (indicator.Formula is not { } formula)
            {
                continue;
            }

            var terms = new List<BoundExpression>();
            Terms(formula, terms);
            if (terms.Count < 2)
            {
                continue;
            }

            var weights = terms.Select(Weight).ToList();
            if (weights.Any(w => w is null or <= 0 or > 1))
            {
                continue;
            }

            var sum = weights.Sum(w => w!.Value);
            if (System.Math.Abs(sum - 1m) > 0.0001m)
            {
                context.Diagnostics.Report(DiagnosticDescriptors.FormulaWeightsDoNotSumToOne, formula.Syntax, indicator.Name, Numbers.Format(sum));
            }
        }
    }

    // The terms of a sum: `a + b + c` is three terms.
    private static void Terms(BoundExpression expression, List<BoundExpression> terms)
    {
        if (expression is BoundBinary { Operator: BoundBinaryOperator.Add } sum)
        {
            Terms(sum.Left, terms);
            Terms(sum.Right, terms);
        }
        else
        {
            terms.Add(expression);
        }
    }

    // The number a term is multiplied by: `0.4 * speed` or `speed * 0.4`; null for an unweighted term.
    private static decimal? Weight(BoundExpression term) => term switch
    {
        BoundBinary { Operator: BoundBinaryOperator.Multiply, Left: BoundLiteral { Value: Quantity { Unit.Dimension: Dimension.Scalar } q } } => q.Value,
        BoundBinary { Operator: BoundBinaryOperator.Multiply, Right: BoundLiteral { Value: Quantity { Unit.Dimension: Dimension.Scalar } q } } => q.Value,
        _ => null,
    };
}
