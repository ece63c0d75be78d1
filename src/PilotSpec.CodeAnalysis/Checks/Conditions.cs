using System.Collections.Generic;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Binding.Bound;
using PilotSpec.CodeAnalysis.Types;

namespace PilotSpec.CodeAnalysis.Checks;

/// <summary>
/// Every condition a spec writes — evaluation criteria and decision rules, alert triggers,
/// phase entry and exit — and the comparisons in them, so that the checks of thresholds
/// read each condition the same way wherever it stands.
/// </summary>
internal static class Conditions
{
    public static IEnumerable<(Symbol Owner, BoundExpression Condition)> All(BoundProgram program)
    {
        foreach (var evaluation in program.Evaluations)
        {
            foreach (var criterion in evaluation.Criteria)
            {
                yield return (evaluation, criterion);
            }

            foreach (var rule in evaluation.Decisions)
            {
                yield return (evaluation, rule.Condition);
            }

            foreach (var consequence in evaluation.Consequences)
            {
                yield return (evaluation, consequence.Condition);
            }
        }

        foreach (var alert in program.Alerts)
        {
            if (alert.Condition is { } condition)
            {
                yield return (alert, condition);
            }
        }

        foreach (var phase in program.Phases)
        {
            if (phase.Entry is { } entry)
            {
                yield return (phase, entry);
            }

            if (phase.Exit is { } exit)
            {
                yield return (phase, exit);
            }
        }
    }

    /// <summary>Every node of every condition.</summary>
    public static IEnumerable<BoundExpression> Nodes(BoundProgram program)
    {
        foreach (var (_, condition) in All(program))
        {
            foreach (var node in BoundTreeWalker.DescendantsAndSelf(condition))
            {
                yield return node;
            }
        }
    }

    /// <summary>
    /// Every comparison of an indicator with a number written in the spec (`rate >= 0.9`,
    /// `90% <= rate`), as the indicator, the literal and the operator read with the indicator
    /// on the left.
    /// </summary>
    public static IEnumerable<Comparison> Comparisons(BoundProgram program)
    {
        foreach (var node in Nodes(program))
        {
            if (node is not BoundBinary { Operator: >= BoundBinaryOperator.Less and <= BoundBinaryOperator.NotEqual } binary)
            {
                continue;
            }

            // `score.grade >= 良` compares ranks of bands, not values: no threshold check applies.
            if (binary.Left is BoundIndicatorValue { Member: IndicatorMember.Grade } || binary.Right is BoundIndicatorValue { Member: IndicatorMember.Grade })
            {
                continue;
            }

            if (binary.Left is BoundIndicatorValue left && binary.Right is BoundLiteral { Value: Quantity rightValue } right)
            {
                yield return new Comparison(left, binary.Operator, right, rightValue);
            }
            else if (binary.Right is BoundIndicatorValue other && binary.Left is BoundLiteral { Value: Quantity leftValue } literal)
            {
                yield return new Comparison(other, Mirror(binary.Operator), literal, leftValue);
            }
        }
    }

    // `90% <= rate` reads as `rate >= 90%`.
    private static BoundBinaryOperator Mirror(BoundBinaryOperator op) => op switch
    {
        BoundBinaryOperator.Less => BoundBinaryOperator.Greater,
        BoundBinaryOperator.LessOrEqual => BoundBinaryOperator.GreaterOrEqual,
        BoundBinaryOperator.Greater => BoundBinaryOperator.Less,
        BoundBinaryOperator.GreaterOrEqual => BoundBinaryOperator.LessOrEqual,
        _ => op,
    };

    public sealed record Comparison(BoundIndicatorValue Indicator, BoundBinaryOperator Operator, BoundLiteral Literal, Quantity Value)
    {
        /// <summary>The indicator's own level (latest value, mean, baseline or target), not a change or a trend.</summary>
        public bool IsLevel => Indicator.Member is IndicatorMember.Latest or IndicatorMember.Mean or IndicatorMember.Baseline or IndicatorMember.Target;
    }
}
