using System;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Binding.Bound;
using PilotSpec.CodeAnalysis.Emit.CSharpMonitor;
using PilotSpec.CodeAnalysis.Scheduling;
using PilotSpec.CodeAnalysis.Types;

namespace PilotSpec.CodeAnalysis.Emit.PilotModel;

/// <summary>
/// Lowers a bound criterion, rule or alert condition to the pilot model's expression JSON,
/// deciding once what the spec means: a change compared with <c>%</c> is read relative to the
/// site's baseline and compared with points, units or a plain number as a difference; values in
/// other units of the same family are converted (<c>2 hours</c> against minutes is 120); dates
/// the schedule fixes are folded to constants; quantifiers name their resolved site set. The
/// monitoring runtime interprets the result (<c>ExprEvaluator</c>) and adds nothing of its own.
/// </summary>
internal sealed class ConditionLowering
{
    /// <summary>The set a quantifier without <c>in</c> ranges over: every pilot site, no comparison site.</summary>
    public const string PilotSitesSet = "pilot_sites";

    private readonly Utf8JsonWriter _json;
    private readonly PilotSchedule _schedule;

    public ConditionLowering(Utf8JsonWriter json, PilotSchedule schedule)
    {
        _json = json;
        _schedule = schedule;
    }

    /// <summary>The name of the set of a wave or group in the model.</summary>
    public static string SetOf(WaveSymbol wave) => "in:" + wave.Name;

    public static string DateText(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The text with every lone surrogate replaced by U+FFFD: JSON carries only whole characters.</summary>
    public static string Text(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var whole = char.IsHighSurrogate(c) ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) : !char.IsLowSurrogate(c);
            if (!whole)
            {
                builder ??= new StringBuilder(text, 0, i, text.Length);
                builder.Append('\uFFFD');
                continue;
            }

            if (char.IsHighSurrogate(c))
            {
                builder?.Append(c).Append(text[i + 1]);
                i++;
                continue;
            }

            builder?.Append(c);
        }

        return builder?.ToString() ?? text;
    }

    /// <summary>
    /// Writes a computed indicator's formula, read at one site: a ratio of like quantities
    /// (`admin_cost / total_spending`) is a fraction, so on an indicator in percent it is
    /// multiplied by 100 (410 / 1,700 is 24.1%); values in other units of the family are converted.
    /// </summary>
    public void Formula(BoundExpression formula, IndicatorSymbol indicator)
    {
        var resultUnit = UnitOf(formula);
        if (indicator.Unit is { Dimension: Dimension.Percent } && resultUnit.Dimension == Dimension.Scalar)
        {
            WriteBinary("*", () => Value(formula, perSite: true), () => Number(100m));
        }
        else if (indicator.Unit is { } unit)
        {
            Converted(formula, resultUnit, unit, perSite: true);
        }
        else
        {
            Value(formula, perSite: true);
        }
    }

    /// <summary>Writes a condition: an expression object.</summary>
    public void Condition(BoundExpression expression) => Value(expression, perSite: false);

    private void Value(BoundExpression expression, bool perSite)
    {
        switch (expression)
        {
            case BoundLiteral literal:
                Literal(literal);
                break;
            case BoundPhaseBoundary:
                Date(ConstantDate(expression));
                break;
            case BoundIndicatorValue value:
                Indicator(value, Member(value.Member));
                break;
            case BoundUnary { Operator: BoundUnaryOperator.Not } not:
                Unary("not", not.Operand, perSite);
                break;
            case BoundUnary negate:
                Unary("negate", negate.Operand, perSite);
                break;
            case BoundBinary binary:
                Binary(binary, perSite);
                break;
            case BoundQuantified quantified:
                Quantified(quantified);
                break;
            case BoundSustained sustained:
                Sustained(sustained, perSite);
                break;
            case BoundCriteriaCount count:
                _json.WriteStartObject();
                _json.WriteString("kind", "criteria");
                _json.WriteString("count", count.Count switch
                {
                    CriteriaCount.All => "all",
                    CriteriaCount.Any => "any",
                    _ => "none",
                });
                _json.WriteEndObject();
                break;
            default:
                // Only a spec with errors binds to anything else, and such a spec is never emitted.
                Unknown();
                break;
        }
    }

    private void Literal(BoundLiteral literal)
    {
        switch (literal.Value)
        {
            case Quantity quantity:
                Number(quantity.Value);
                break;
            case bool boolean:
                _json.WriteStartObject();
                _json.WriteString("kind", "bool");
                _json.WriteBoolean("value", boolean);
                _json.WriteEndObject();
                break;
            case string text:
                _json.WriteStartObject();
                _json.WriteString("kind", "text");
                _json.WriteString("value", Text(text));
                _json.WriteEndObject();
                break;
            case DateTime date:
                Date(date);
                break;
            default:
                Unknown();
                break;
        }
    }

    private void Number(decimal value)
    {
        _json.WriteStartObject();
        _json.WriteString("kind", "number");
        _json.WriteNumber("value", value);
        _json.WriteEndObject();
    }

    private void Date(DateTime? date)
    {
        if (date is not { } d)
        {
            Unknown();
            return;
        }

        _json.WriteStartObject();
        _json.WriteString("kind", "date");
        _json.WriteString("value", DateText(d));
        _json.WriteEndObject();
    }

    private void Unknown()
    {
        _json.WriteStartObject();
        _json.WriteString("kind", "unknown");
        _json.WriteEndObject();
    }

    private void Indicator(BoundIndicatorValue value, string member)
    {
        _json.WriteStartObject();
        _json.WriteString("kind", "indicator");
        _json.WriteString("indicator", Text(value.Indicator.Name));
        _json.WriteString("member", member);
        _json.WriteEndObject();
    }

    private static string Member(IndicatorMember member) => member switch
    {
        IndicatorMember.Baseline => "baseline",
        IndicatorMember.Target => "target",
        IndicatorMember.Latest => "latest",
        IndicatorMember.Mean => "mean",
        IndicatorMember.Trend => "trend",
        IndicatorMember.Grade => "grade",
        IndicatorMember.Effect => "effect",
        IndicatorMember.EffectLower => "effect_lower",
        IndicatorMember.EffectUpper => "effect_upper",
        _ => "change",
    };

    private void Unary(string kind, BoundExpression operand, bool perSite)
    {
        _json.WriteStartObject();
        _json.WriteString("kind", kind);
        _json.WritePropertyName("operand");
        Value(operand, perSite);
        _json.WriteEndObject();
    }

    private void Binary(BoundBinary binary, bool perSite)
    {
        switch (binary.Operator)
        {
            case BoundBinaryOperator.And:
                WriteBinary("and", () => Value(binary.Left, perSite), () => Value(binary.Right, perSite));
                return;
            case BoundBinaryOperator.Or:
                WriteBinary("or", () => Value(binary.Left, perSite), () => Value(binary.Right, perSite));
                return;
            case BoundBinaryOperator.Add or BoundBinaryOperator.Subtract when binary.Type is DateType:
                Date(ConstantDate(binary));
                return;
            case BoundBinaryOperator.Add:
                WriteBinary("+", () => Value(binary.Left, perSite), () => Converted(binary.Right, UnitOf(binary.Right), UnitOf(binary.Left), perSite));
                return;
            case BoundBinaryOperator.Subtract:
                WriteBinary("-", () => Value(binary.Left, perSite), () => Converted(binary.Right, UnitOf(binary.Right), UnitOf(binary.Left), perSite));
                return;
            case BoundBinaryOperator.Multiply:
                WriteBinary("*", () => Value(binary.Left, perSite), () => Value(binary.Right, perSite));
                return;
            case BoundBinaryOperator.Divide:
                WriteBinary("/", () => Value(binary.Left, perSite), () => Converted(binary.Right, UnitOf(binary.Right), UnitOf(binary.Left), perSite));
                return;
            default:
                Comparison(binary, perSite);
                return;
        }
    }

    private void WriteBinary(string op, Action left, Action right)
    {
        _json.WriteStartObject();
        _json.WriteString("kind", "binary");
        _json.WriteString("operator", op);
        _json.WritePropertyName("left");
        left();
        _json.WritePropertyName("right");
        right();
        _json.WriteEndObject();
    }

    private void Comparison(BoundBinary binary, bool perSite)
    {
        var op = binary.Operator switch
        {
            BoundBinaryOperator.Less => "<",
            BoundBinaryOperator.LessOrEqual => "<=",
            BoundBinaryOperator.Greater => ">",
            BoundBinaryOperator.GreaterOrEqual => ">=",
            BoundBinaryOperator.Equal => "==",
            _ => "!=",
        };

        if (binary.Left.Type is ChangeType || binary.Right.Type is ChangeType)
        {
            var changeOnLeft = binary.Left.Type is ChangeType;
            var change = changeOnLeft ? binary.Left : binary.Right;
            var amount = changeOnLeft ? binary.Right : binary.Left;
            var indicatorUnit = ((ChangeType)change.Type).IndicatorUnit;
            var amountUnit = UnitOf(amount);

            // `+15%` is a relative change; `+15 points`, `-3 minutes` or a plain number a difference in the indicator's unit.
            var relative = amountUnit.Dimension == Dimension.Percent;
            Action changeCode = () => Change(change, relative, perSite);
            Action amountCode = relative ? () => Value(amount, perSite) : () => Converted(amount, amountUnit, indicatorUnit, perSite);
            WriteBinary(op, changeOnLeft ? changeCode : amountCode, changeOnLeft ? amountCode : changeCode);
        }
        else if (binary.Left.Type is NumberType && binary.Right.Type is NumberType)
        {
            WriteBinary(op, () => Value(binary.Left, perSite), () => Converted(binary.Right, UnitOf(binary.Right), UnitOf(binary.Left), perSite));
        }
        else
        {
            WriteBinary(op, () => Value(binary.Left, perSite), () => Value(binary.Right, perSite));
        }
    }

    // `x.change` and `x.trend` compared with a percentage are read relative to the site's baseline.
    private void Change(BoundExpression expression, bool relative, bool perSite)
    {
        switch (expression)
        {
            case BoundIndicatorValue { Member: IndicatorMember.Change } change:
                Indicator(change, relative ? "relative_change" : "change");
                break;
            case BoundIndicatorValue { Member: IndicatorMember.Trend } trend:
                Indicator(trend, relative ? "relative_trend" : "trend");
                break;
            case BoundIndicatorValue { Member: IndicatorMember.Effect or IndicatorMember.EffectLower or IndicatorMember.EffectUpper } effect:
                // Always in the indicator's unit: compared with a percentage it is PS0622.
                Indicator(effect, Member(effect.Member));
                break;
            case BoundUnary { Operator: BoundUnaryOperator.Negate } negate:
                _json.WriteStartObject();
                _json.WriteString("kind", "negate");
                _json.WritePropertyName("operand");
                Change(negate.Operand, relative, perSite);
                _json.WriteEndObject();
                break;
            default:
                Value(expression, perSite);
                break;
        }
    }

    private static Unit UnitOf(BoundExpression expression) => expression.Type switch
    {
        NumberType number => number.Unit,
        ChangeType change => change.IndicatorUnit,
        _ => Unit.Scalar,
    };

    // A value in `from` expressed in `to`: 2 hours compared with minutes is 120. Constants are folded.
    private void Converted(BoundExpression expression, Unit from, Unit to, bool perSite)
    {
        if (UnitFactor.Between(from, to) is not { } factor)
        {
            Value(expression, perSite);
            return;
        }

        if (expression is BoundLiteral { Value: Quantity quantity })
        {
            try
            {
                Number(quantity.Value * factor);
                return;
            }
            catch (OverflowException)
            {
                // Too large to fold: the runtime multiplies, and an overflow there is unknown.
            }
        }

        WriteBinary("*", () => Value(expression, perSite), () => Number(factor));
    }

    private void Quantified(BoundQuantified quantified)
    {
        _json.WriteStartObject();
        _json.WriteString("kind", "quantified");
        _json.WriteString("quantifier", quantified.Quantifier switch
        {
            QuantifierKind.All => "all",
            QuantifierKind.Any => "any",
            QuantifierKind.Share => "share",
            _ => "count",
        });
        if (quantified.Share is { } amount)
        {
            _json.WriteNumber("amount", amount);
        }

        WriteSites(quantified);
        if (quantified.Scope is { } scope)
        {
            _json.WriteString("scope", Text(scope.Name));
        }

        _json.WritePropertyName("body");
        Value(quantified.Condition, perSite: true);
        _json.WriteEndObject();
    }

    private void WriteSites(BoundQuantified quantified)
    {
        switch (quantified.Scope)
        {
            case null:
                _json.WriteString("set", PilotSitesSet);
                break;
            case WaveSymbol wave:
                _json.WriteString("set", Text(SetOf(wave)));
                break;
            default:
                WriteSiteList(quantified.Sites.Select(s => s.Name));
                break;
        }
    }

    private void WriteSiteList(System.Collections.Generic.IEnumerable<string> names)
    {
        _json.WriteStartArray("sites");
        foreach (var name in names.Distinct(StringComparer.Ordinal))
        {
            _json.WriteStringValue(Text(name));
        }

        _json.WriteEndArray();
    }

    private void Sustained(BoundSustained sustained, bool perSite)
    {
        var nodes = BoundTreeWalker.DescendantsAndSelf(sustained.Condition).ToList();
        _json.WriteStartObject();
        _json.WriteString("kind", "sustained");
        _json.WriteNumber("periods", sustained.Periods);
        _json.WriteString("unit", PeriodOf(sustained.PeriodUnit));
        _json.WriteStartArray("indicators");
        foreach (var indicator in nodes.OfType<BoundIndicatorValue>().Select(v => v.Indicator.Name).Distinct(StringComparer.Ordinal))
        {
            _json.WriteStringValue(Text(indicator));
        }

        _json.WriteEndArray();

        // The sites whose data dates the latest period: the current site of a per-site
        // condition (no list), else the sites the condition quantifies over, else every pilot site.
        if (!(sustained.Condition.Type.IsPerSite && perSite))
        {
            var quantifiers = nodes.OfType<BoundQuantified>().ToList();
            if (quantifiers.Count == 0)
            {
                _json.WriteString("set", PilotSitesSet);
            }
            else
            {
                WriteSiteList(quantifiers.SelectMany(q => q.Sites).Select(s => s.Name));
            }
        }

        _json.WritePropertyName("body");
        Value(sustained.Condition, perSite);
        _json.WriteEndObject();
    }

    /// <summary>The model's period word for a spec's period unit: months, quarters, years, weeks; anything shorter is a day.</summary>
    public static string PeriodOf(Unit unit)
    {
        if (unit.IsCalendar)
        {
            return unit.ToBase switch
            {
                12m => "year",
                6m => "half_year",
                3m => "quarter",
                _ => "month",
            };
        }

        return unit.Dimension == Dimension.Time && unit.ToBase == Unit.Weeks.ToBase ? "week" : "day";
    }

    /// <summary>The day a date expression of the spec stands for (a literal, a phase boundary the schedule fixes); null when the schedule leaves it open.</summary>
    public DateTime? DateOf(BoundExpression expression) => ConstantDate(expression);

    // Dates in conditions are constants: literals, phase boundaries the schedule fixes, and sums of those with durations.
    private DateTime? ConstantDate(BoundExpression expression)
    {
        switch (expression)
        {
            case BoundLiteral { Value: DateTime date }:
                return date;
            case BoundPhaseBoundary boundary:
                return _schedule.DateOf(boundary);
            case BoundBinary { Operator: BoundBinaryOperator.Add or BoundBinaryOperator.Subtract } binary
                when binary.Right is BoundLiteral { Value: Quantity amount }:
                var start = ConstantDate(binary.Left);
                if (start is null)
                {
                    return null;
                }

                try
                {
                    var signed = binary.Operator == BoundBinaryOperator.Subtract ? -amount.Value : amount.Value;
                    return new CalendarDuration(signed, amount.Unit).AddTo(start.Value);
                }
                catch (Exception e) when (e is ArgumentOutOfRangeException or OverflowException)
                {
                    return null; // out of the calendar: unknown, never a crash
                }

            default:
                return null;
        }
    }
}
