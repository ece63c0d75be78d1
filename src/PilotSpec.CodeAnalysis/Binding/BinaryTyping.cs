using System.Linq;
using PilotSpec.CodeAnalysis.Binding.Bound;
using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.CodeAnalysis.Types;

namespace PilotSpec.CodeAnalysis.Binding;

/// <summary>
/// The typing rules of binary operators, in one place. The rule that matters most: a
/// rate (percent) and a change in percentage points are different things, and an
/// indicator's change compares with a relative change (`+15%`), or with a difference in
/// its own unit (`+15 points` for a rate, `-3 minutes` for a time).
/// </summary>
internal static class BinaryTyping
{
    /// <summary>The result type, or null when the operands do not fit together.</summary>
    public static PilotType? ResultType(BoundBinaryOperator op, BoundExpression left, BoundExpression right, out IndicatorSymbol? pointsOnNonRate)
    {
        pointsOnNonRate = null;
        var l = left.Type;
        var r = right.Type;
        var perSite = l.IsPerSite || r.IsPerSite;

        switch (op)
        {
            case BoundBinaryOperator.And or BoundBinaryOperator.Or:
                return l is BooleanType && r is BooleanType ? new BooleanType(perSite) : null;

            case BoundBinaryOperator.Add or BoundBinaryOperator.Subtract:
                if (l is DateType && r is NumberType { Unit.Dimension: Dimension.Time })
                {
                    return PilotType.Date;
                }

                return l is NumberType ln && r is NumberType rn && Compatible(ln.Unit, rn.Unit)
                    ? PilotType.Number(ln.Unit.Dimension == Dimension.Scalar ? rn.Unit : ln.Unit, perSite)
                    : null;

            case BoundBinaryOperator.Multiply:
                if (l is NumberType a && r is NumberType b && (a.Unit.Dimension == Dimension.Scalar || b.Unit.Dimension == Dimension.Scalar))
                {
                    return PilotType.Number(a.Unit.Dimension == Dimension.Scalar ? b.Unit : a.Unit, perSite);
                }

                return null;

            case BoundBinaryOperator.Divide:
                if (l is NumberType n && r is NumberType d)
                {
                    if (d.Unit.Dimension == Dimension.Scalar)
                    {
                        return PilotType.Number(n.Unit, perSite);
                    }

                    // A ratio of like quantities (a formula's numerator over its denominator) is a plain number.
                    return n.Unit.IsCompatibleWith(d.Unit) ? PilotType.Number(Unit.Scalar, perSite) : null;
                }

                return null;

            default:
                return Comparable(left, right, out pointsOnNonRate) ? new BooleanType(perSite) : null;
        }
    }

    private static bool Comparable(BoundExpression left, BoundExpression right, out IndicatorSymbol? pointsOnNonRate)
    {
        pointsOnNonRate = null;
        switch (left.Type, right.Type)
        {
            case (DateType, DateType):
            case (BooleanType, BooleanType):
            case (StringType, StringType):
                return true;
            case (NumberType a, NumberType b):
                return Compatible(a.Unit, b.Unit)
                    && !DimensionlessAgainstUnit(left, b.Unit) && !DimensionlessAgainstUnit(right, a.Unit)
                    && !DimensionlessWordAgainstUnit(left, right) && !DimensionlessWordAgainstUnit(right, left);
            case (ChangeType change, NumberType amount):
                return ChangeComparable(change, amount, left, right, out pointsOnNonRate);
            case (NumberType amount, ChangeType change):
                return ChangeComparable(change, amount, right, left, out pointsOnNonRate);
            default:
                return false;
        }
    }

    private static bool ChangeComparable(ChangeType change, NumberType amount, BoundExpression changeSide, BoundExpression amountSide, out IndicatorSymbol? pointsOnNonRate)
    {
        pointsOnNonRate = null;
        var unit = amount.Unit;
        if (unit.Dimension == Dimension.Scalar)
        {
            // A plain number; but `approval_days.change <= -5 score` names a unit the indicator does not have.
            return !DimensionlessWordAgainstUnit(amountSide, changeSide);
        }

        if (unit.Dimension == Dimension.Percent)
        {
            return true; // a relative change (+15%)
        }

        if (unit.Dimension == Dimension.Points)
        {
            if (change.IndicatorUnit.Dimension == Dimension.Percent)
            {
                return true;
            }

            var indicator = (changeSide as BoundIndicatorValue)?.Indicator;
            if (indicator is { Unit: null })
            {
                return true; // the unit is not known (not given, or misspelt): nothing to check against
            }

            pointsOnNonRate = indicator;
            return false;
        }

        // `overall_score.change >= +5 days`: a score changes by a plain number, not by days.
        if (changeSide is BoundIndicatorValue { Indicator.Unit.Dimension: Dimension.Scalar })
        {
            return false;
        }

        return Compatible(change.IndicatorUnit, unit);
    }

    // `overall_score >= 80 days`: a score, index or ratio (declared so) is a plain number, and a
    // threshold in days, yuan or percent cannot be one; nor can a value computed from such
    // indicators (`(quality_score + openness_score) / 2`) or a ratio of like ones. A plain
    // number beside a unit is fine the other way round (`response_time > 20` reads 20 in the
    // indicator's minutes), and an indicator whose unit is not given is not checked.
    private static bool DimensionlessAgainstUnit(BoundExpression side, Unit other) =>
        other.Dimension is not Dimension.Scalar
        && side.Type is NumberType { Unit.Dimension: Dimension.Scalar }
        && ReadsIndicatorWithUnit(side);

    private static bool ReadsIndicatorWithUnit(BoundExpression expression)
    {
        foreach (var node in BoundTreeWalker.DescendantsAndSelf(expression))
        {
            if (node is BoundIndicatorValue { Indicator.Unit: not null, Member: not IndicatorMember.Grade })
            {
                return true;
            }
        }

        return false;
    }

    // `approval_days <= 15 score`: the threshold names a plain-number unit (score, index, ratio,
    // number) that the indicator, in days, does not have. A bare `15` stays the indicator's days.
    private static bool DimensionlessWordAgainstUnit(BoundExpression literal, BoundExpression other) =>
        DimensionlessWord(literal) is not null
        && other is BoundIndicatorValue { Indicator.Unit: { } unit } && unit.Dimension is not Dimension.Scalar;

    /// <summary>The plain-number unit word a literal is written with (`score` in `80 score`); null for a bare number or another unit.</summary>
    internal static string? DimensionlessWord(BoundExpression expression)
    {
        if (expression is not BoundLiteral literal)
        {
            return null;
        }

        var syntax = literal.Syntax;
        while (true)
        {
            switch (syntax)
            {
                case UnaryExpressionSyntax unary:
                    syntax = unary.Operand;
                    continue;
                case ParenthesizedExpressionSyntax parenthesized:
                    syntax = parenthesized.Expression;
                    continue;
            }

            break;
        }

        if (syntax is not QuantityLiteralExpressionSyntax quantity)
        {
            return null;
        }

        var words = quantity.UnitTokens.Select(t => t.Text).SkipWhile(w => Unit.GetScale(w) is not null).ToList();
        if (words.Count == 0)
        {
            return null;
        }

        var word = string.Join("_", words);
        return Unit.FromName(word).Dimension == Dimension.Scalar ? word : null;
    }

    // A plain number fits any unit (`response_time > 20`); otherwise the units must convert.
    private static bool Compatible(Unit a, Unit b) =>
        a.Dimension == Dimension.Scalar || b.Dimension == Dimension.Scalar || a.IsCompatibleWith(b);
}
