using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Binding.Bound;
using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.CodeAnalysis.Types;

namespace PilotSpec.CodeAnalysis.Comparison;

/// <summary>
/// Compares two versions of a condition (a criterion, a decision rule, an alert) that have the
/// same shape — the same indicators, members and connectives, thresholds and quantifiers aside —
/// and lists what differs, each part judged by the condition's own logic: a lower bound lowered
/// or an upper bound raised, fewer sites required, fewer periods sustained, `and` become `or`,
/// all make it easier to satisfy. Whether easier is a weakening depends on who the condition
/// serves (a requirement, a decision to scale up, an alert), which the caller knows.
/// </summary>
internal static class ConditionComparer
{
    /// <summary>
    /// The condition with its thresholds, quantifiers and connectives left out, and every name as
    /// the new version spells it: two conditions of the same shape are versions of one another.
    /// </summary>
    public static string Shape(BoundExpression expression, Func<Symbol, string> name)
    {
        var text = new StringBuilder();
        Write(expression, name, text);
        return text.ToString();
    }

    /// <summary>What differs between two conditions of the same <see cref="Shape"/>.</summary>
    public static List<ConditionChange> Compare(BoundExpression old, BoundExpression @new, ComparisonContext context)
    {
        var changes = new List<ConditionChange>();
        Walk(old, @new, context, changes, inverted: false);
        return changes;
    }

    private static void Walk(BoundExpression old, BoundExpression @new, ComparisonContext context, List<ConditionChange> changes, bool inverted)
    {
        switch (old, @new)
        {
            case (BoundQuantified a, BoundQuantified b):
                Walk(a.Condition, b.Condition, context, changes, inverted);
                CompareQuantifiers(a, b, context, changes, inverted);
                break;
            case (BoundSustained a, BoundSustained b):
                Walk(a.Condition, b.Condition, context, changes, inverted);
                var periods = Math.Sign(b.Periods - a.Periods);
                if (periods != 0 || a.Consecutive != b.Consecutive || !a.PeriodUnit.Equals(b.PeriodUnit))
                {
                    // Fewer periods, or no longer consecutive, is satisfied sooner.
                    var ease = !a.PeriodUnit.Equals(b.PeriodUnit) ? Ease.Changed
                        : periods < 0 && a.Consecutive == b.Consecutive ? Ease.Easier
                        : periods > 0 && a.Consecutive == b.Consecutive ? Ease.Harder
                        : periods == 0 ? (a.Consecutive ? Ease.Easier : Ease.Harder)
                        : Ease.Changed;
                    changes.Add(new ConditionChange(ChangeAspect.Sustained, Invert(ease, inverted), a.Syntax, b.Syntax));
                }

                break;
            case (BoundUnary a, BoundUnary b):
                Walk(a.Operand, b.Operand, context, changes, a.Operator == BoundUnaryOperator.Not ? !inverted : inverted);
                break;
            case (BoundBinary a, BoundBinary b) when IsConnective(a.Operator) && IsConnective(b.Operator):
                Walk(a.Left, b.Left, context, changes, inverted);
                Walk(a.Right, b.Right, context, changes, inverted);
                if (a.Operator != b.Operator)
                {
                    var ease = b.Operator == BoundBinaryOperator.Or ? Ease.Easier : Ease.Harder;
                    changes.Add(new ConditionChange(ChangeAspect.Connective, Invert(ease, inverted), a.Syntax, b.Syntax));
                }

                break;
            case (BoundBinary a, BoundBinary b) when Comparison(a) is { } ca && Comparison(b) is { } cb:
                CompareThresholds(ca, cb, changes, inverted);
                break;
            case (BoundBinary a, BoundBinary b):
                Walk(a.Left, b.Left, context, changes, inverted);
                Walk(a.Right, b.Right, context, changes, inverted);
                break;
            case (BoundCriteriaCount a, BoundCriteriaCount b) when a.Count != b.Count:
                var count = (a.Count, b.Count) switch
                {
                    (CriteriaCount.All, CriteriaCount.Any) => Ease.Easier,
                    (CriteriaCount.Any, CriteriaCount.All) => Ease.Harder,
                    _ => Ease.Changed,
                };
                changes.Add(new ConditionChange(ChangeAspect.Quantifier, Invert(count, inverted), a.Syntax, b.Syntax));
                break;
            case (BoundLiteral a, BoundLiteral b) when !Equals(a.Value, b.Value):
                changes.Add(new ConditionChange(ChangeAspect.Threshold, Ease.Changed, a.Syntax, b.Syntax));
                break;
        }
    }

    // A comparison of a value with a number, read as "value ≥ bound" or "value ≤ bound" (a
    // number on the left is turned around).
    private sealed class Bounded
    {
        public Bounded(BoundBinary syntax, BoundLiteral bound, bool lower, bool strict)
        {
            Syntax = syntax;
            Bound = bound;
            Lower = lower;
            Strict = strict;
        }

        public BoundBinary Syntax { get; }

        public BoundLiteral Bound { get; }

        /// <summary>The number is a lower bound (≥, &gt;).</summary>
        public bool Lower { get; }

        public bool Strict { get; }
    }

    private static Bounded? Comparison(BoundBinary binary)
    {
        var (literal, flipped) = binary.Right is BoundLiteral right && right.Value is Quantity ? (right, false)
            : binary.Left is BoundLiteral left && left.Value is Quantity ? (left, true)
            : ((BoundLiteral?)null, false);
        if (literal is null)
        {
            return null;
        }

        var op = binary.Operator;
        bool? lower = op switch
        {
            BoundBinaryOperator.Greater or BoundBinaryOperator.GreaterOrEqual => !flipped,
            BoundBinaryOperator.Less or BoundBinaryOperator.LessOrEqual => flipped,
            _ => null,
        };
        return lower is { } isLower
            ? new Bounded(binary, literal, isLower, op is BoundBinaryOperator.Greater or BoundBinaryOperator.Less)
            : null;
    }

    private static void CompareThresholds(Bounded a, Bounded b, List<ConditionChange> changes, bool inverted)
    {
        var before = (Quantity)a.Bound.Value;
        var after = (Quantity)b.Bound.Value;
        if (a.Lower != b.Lower || Comparable(before, after) is not { } values)
        {
            if (!before.Equals(after) || a.Lower != b.Lower || a.Strict != b.Strict)
            {
                changes.Add(new ConditionChange(ChangeAspect.Threshold, Ease.Changed, a.Syntax.Syntax, b.Syntax.Syntax));
            }

            return;
        }

        var (x, y) = values;
        // A lower bound that goes down, or an upper bound that goes up, lets more values through;
        // at an equal bound, dropping strictness does.
        var ease = x == y
            ? (a.Strict == b.Strict ? (Ease?)null : b.Strict ? Ease.Harder : Ease.Easier)
            : (y < x) == a.Lower ? Ease.Easier : Ease.Harder;
        if (ease is { } found)
        {
            changes.Add(new ConditionChange(ChangeAspect.Threshold, Invert(found, inverted), a.Syntax.Syntax, b.Syntax.Syntax));
        }
    }

    // Both numbers in one unit, when they have one: 12 minutes and 0.25 hours compare; a
    // percentage and points do not.
    private static (decimal Old, decimal New)? Comparable(Quantity old, Quantity @new)
    {
        if (old.Unit.Equals(@new.Unit))
        {
            return (old.Value, @new.Value);
        }

        return old.Unit.Dimension == @new.Unit.Dimension && old.Unit.Dimension != Dimension.Scalar && old.Unit.IsCompatibleWith(@new.Unit)
            ? (old.Value * old.Unit.ToBase, @new.Value * @new.Unit.ToBase)
            : null;
    }

    private static void CompareQuantifiers(BoundQuantified a, BoundQuantified b, ComparisonContext context, List<ConditionChange> changes, bool inverted)
    {
        var quantifierOld = ((QuantifiedExpressionSyntax)a.Syntax).Quantifier;
        var quantifierNew = ((QuantifiedExpressionSyntax)b.Syntax).Quantifier;
        // Fewer sites required is easier; where the sites of today require as many (80% of one
        // site is that site), the share of the range the words ask for decides: `all sites` →
        // `80% of sites` is loosened even before a site is added. `all sites` and `100% of
        // sites` ask the same.
        var required = Math.Sign(Required(b) - Required(a));
        if (required == 0)
        {
            required = Math.Sign(Share(b) - Share(a));
        }

        var sameQuantifier = a.Quantifier == b.Quantifier && a.Share == b.Share;
        if (!sameQuantifier && required != 0)
        {
            changes.Add(new ConditionChange(ChangeAspect.Quantifier, Invert(required < 0 ? Ease.Easier : Ease.Harder, inverted), quantifierOld, quantifierNew));
        }

        // Sites taken out of the range are where bad results could hide. Sites put in are the
        // change of the site or wave that brought them, reported there (not once per criterion).
        if (context.SitesChanged(a, b).Dropped)
        {
            changes.Add(new ConditionChange(ChangeAspect.QuantifiedSites, Invert(Ease.Easier, inverted), quantifierOld, quantifierNew));
        }
    }

    // How many sites of its range a quantifier needs: all of them, one, a share rounded up, or a count.
    private static decimal Required(BoundQuantified quantified) => quantified.Quantifier switch
    {
        QuantifierKind.All => quantified.Sites.Length,
        QuantifierKind.Any => Math.Min(1, quantified.Sites.Length),
        QuantifierKind.Share => Math.Ceiling((quantified.Share ?? 100m) * quantified.Sites.Length / 100m),
        _ => quantified.Share ?? quantified.Sites.Length,
    };

    // The share of its range a quantifier asks for, as written: all 1, a share its percentage,
    // any site or a count that of today's sites.
    private static decimal Share(BoundQuantified quantified) => quantified.Quantifier switch
    {
        QuantifierKind.All => 1m,
        QuantifierKind.Share => (quantified.Share ?? 100m) / 100m,
        _ => quantified.Sites.Length == 0 ? 0m : Required(quantified) / quantified.Sites.Length,
    };

    private static Ease Invert(Ease ease, bool inverted) =>
        !inverted ? ease : ease switch
        {
            Ease.Easier => Ease.Harder,
            Ease.Harder => Ease.Easier,
            _ => ease,
        };

    private static bool IsConnective(BoundBinaryOperator op) => op is BoundBinaryOperator.And or BoundBinaryOperator.Or;

    private static void Write(BoundExpression expression, Func<Symbol, string> name, StringBuilder text)
    {
        switch (expression)
        {
            case BoundQuantified q:
                text.Append("Q(");
                Write(q.Condition, name, text);
                text.Append(')');
                break;
            case BoundSustained s:
                text.Append("S(");
                Write(s.Condition, name, text);
                text.Append(')');
                break;
            case BoundUnary u:
                text.Append(u.Operator).Append('(');
                Write(u.Operand, name, text);
                text.Append(')');
                break;
            case BoundBinary b when IsConnective(b.Operator):
                text.Append("C(");
                Write(b.Left, name, text);
                text.Append(',');
                Write(b.Right, name, text);
                text.Append(')');
                break;
            case BoundBinary b when Comparison(b) is { } bounded:
                text.Append("B(");
                Write(ReferenceEquals(bounded.Bound, b.Right) ? b.Left : b.Right, name, text);
                text.Append(')');
                break;
            case BoundBinary b:
                text.Append(b.Operator).Append('(');
                Write(b.Left, name, text);
                text.Append(',');
                Write(b.Right, name, text);
                text.Append(')');
                break;
            case BoundIndicatorValue v:
                text.Append(name(v.Indicator)).Append('.').Append(v.Member);
                break;
            case BoundSymbolReference r:
                text.Append(name(r.Symbol));
                break;
            case BoundPhaseBoundary p:
                text.Append(p.IsEnd ? "end(" : "start(").Append(name(p.Phase)).Append(')');
                break;
            case BoundCriteriaCount:
                text.Append("criteria");
                break;
            case BoundLiteral:
                text.Append('#');
                break;
            default:
                text.Append(expression.GetType().Name);
                break;
        }
    }
}
