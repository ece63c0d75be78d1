using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Binding.Bound;
using PilotSpec.CodeAnalysis.Scheduling;
using PilotSpec.CodeAnalysis.Types;

namespace PilotSpec.CodeAnalysis.Emit.CSharpMonitor;

/// <summary>
/// Translates a bound criterion, alert or decision condition into a C# expression over the
/// monitoring runtime, with the spec's semantics: three-valued logic (<c>bool?</c>,
/// <c>&amp;</c>, <c>|</c>, <c>!</c>), a change compared with <c>%</c> read relative to the
/// baseline and compared with points or units read as a difference, quantifiers over the
/// exact resolved site sets (each written once, see <see cref="MonitorSiteSets"/>), sustained
/// conditions period by period, and units converted (<c>2 hours</c> against an indicator in
/// minutes is 120). One instance per top-level
/// expression, so lambda parameter names never repeat inside it.
/// </summary>
internal sealed class ConditionTranslator
{
    private const string Runtime = CSharpLiterals.Runtime;

    private readonly Func<IndicatorSymbol, string> _indicator;
    private readonly MonitorSiteSets _siteSets;
    private readonly ImmutableArray<SiteSymbol> _pilotSites;
    private readonly PilotSchedule _schedule;
    private int _fresh;

    public ConditionTranslator(Func<IndicatorSymbol, string> indicator, MonitorSiteSets siteSets, ImmutableArray<SiteSymbol> pilotSites, PilotSchedule schedule)
    {
        _indicator = indicator;
        _siteSets = siteSets;
        _pilotSites = pilotSites;
        _schedule = schedule;
    }

    /// <summary>A lambda parameter name not used yet in this expression: <c>c0</c>, <c>s1</c>...</summary>
    public string NewName(string stem) => stem + (_fresh++).ToString(CultureInfo.InvariantCulture);

    /// <summary>A <c>bool?</c> expression for a condition.</summary>
    public string Condition(BoundExpression expression, Scope scope)
    {
        if (expression.Type is not BooleanType)
        {
            throw Unsupported(expression, "a condition was expected");
        }

        return Value(expression, scope);
    }

    private string Value(BoundExpression expression, Scope scope) => expression switch
    {
        BoundLiteral literal => Literal(literal),
        BoundPhaseBoundary => Date(ConstantDate(expression)),
        BoundIndicatorValue value => Member(value, scope),
        BoundUnary { Operator: BoundUnaryOperator.Not } not => "(!" + Value(not.Operand, scope) + ")",
        BoundUnary negate => Runtime + "Arithmetic.Negate(" + Value(negate.Operand, scope) + ")",
        BoundBinary binary => Binary(binary, scope),
        BoundQuantified quantified => Quantified(quantified, scope),
        BoundSustained sustained => Sustained(sustained, scope),
        BoundCriteriaCount count => CriteriaCount(count, scope),
        _ => throw Unsupported(expression, "this kind of expression has no meaning in a monitor"),
    };

    private static string Literal(BoundLiteral literal) => literal.Value switch
    {
        Quantity quantity => CSharpLiterals.Decimal(quantity.Value),
        bool boolean => boolean ? "true" : "false",
        string text => CSharpLiterals.String(text),
        DateTime date => CSharpLiterals.Date(date),
        _ => throw Unsupported(literal, "a literal of this kind has no meaning in a monitor"),
    };

    private static string Date(DateTime? date) => date is { } d ? CSharpLiterals.Date(d) : "((global::System.DateTime?)null)";

    private string Member(BoundIndicatorValue value, Scope scope)
    {
        var indicator = _indicator(value.Indicator);
        var context = scope.Context;
        return value.Member switch
        {
            IndicatorMember.Baseline => $"{context}.Baseline({indicator})",
            IndicatorMember.Target => $"{context}.Target({indicator})",
            IndicatorMember.Latest => $"{context}.Latest({indicator}, {SiteOf(value, scope)})",
            IndicatorMember.Mean => $"{context}.Mean({indicator}, {SiteOf(value, scope)})",
            IndicatorMember.Trend => $"{context}.Trend({indicator}, {SiteOf(value, scope)})",
            _ => $"{context}.Change({indicator}, {SiteOf(value, scope)})",
        };
    }

    // `x.change` and `x.trend` compared with a percentage are read relative to the baseline.
    private string Change(BoundExpression expression, bool relative, Scope scope) => expression switch
    {
        BoundIndicatorValue { Member: IndicatorMember.Change } change =>
            $"{scope.Context}.{(relative ? "RelativeChange" : "Change")}({_indicator(change.Indicator)}, {SiteOf(change, scope)})",
        BoundIndicatorValue { Member: IndicatorMember.Trend } trend =>
            $"{scope.Context}.{(relative ? "RelativeTrend" : "Trend")}({_indicator(trend.Indicator)}, {SiteOf(trend, scope)})",
        BoundUnary { Operator: BoundUnaryOperator.Negate } negate =>
            Runtime + "Arithmetic.Negate(" + Change(negate.Operand, relative, scope) + ")",
        _ => throw Unsupported(expression, "a change was expected"),
    };

    private static string SiteOf(BoundIndicatorValue value, Scope scope) =>
        scope.Site ?? throw Unsupported(value, "a value per site outside any site quantifier");

    private string Binary(BoundBinary binary, Scope scope)
    {
        switch (binary.Operator)
        {
            case BoundBinaryOperator.And:
                return "(" + Value(binary.Left, scope) + " & " + Value(binary.Right, scope) + ")";
            case BoundBinaryOperator.Or:
                return "(" + Value(binary.Left, scope) + " | " + Value(binary.Right, scope) + ")";
            case BoundBinaryOperator.Add or BoundBinaryOperator.Subtract when binary.Type is DateType:
                return Date(ConstantDate(binary));
            case BoundBinaryOperator.Add:
                return Arithmetic("Add", binary, scope, convertRight: true);
            case BoundBinaryOperator.Subtract:
                return Arithmetic("Subtract", binary, scope, convertRight: true);
            case BoundBinaryOperator.Multiply:
                return Arithmetic("Multiply", binary, scope, convertRight: false);
            case BoundBinaryOperator.Divide:
                return Arithmetic("Divide", binary, scope, convertRight: true);
            default:
                return Comparison(binary, scope);
        }
    }

    private string Arithmetic(string operation, BoundBinary binary, Scope scope, bool convertRight)
    {
        var left = Value(binary.Left, scope);
        var right = convertRight ? Converted(binary.Right, UnitOf(binary.Right), UnitOf(binary.Left), scope) : Value(binary.Right, scope);
        return $"{Runtime}Arithmetic.{operation}({left}, {right})";
    }

    private string Comparison(BoundBinary binary, Scope scope)
    {
        var method = Runtime + "Compare." + binary.Operator switch
        {
            BoundBinaryOperator.Less => "Less",
            BoundBinaryOperator.LessOrEqual => "LessOrEqual",
            BoundBinaryOperator.Greater => "Greater",
            BoundBinaryOperator.GreaterOrEqual => "GreaterOrEqual",
            BoundBinaryOperator.Equal => "Equal",
            _ => "NotEqual",
        };

        string left, right;
        if (binary.Left.Type is ChangeType || binary.Right.Type is ChangeType)
        {
            var changeOnLeft = binary.Left.Type is ChangeType;
            var change = changeOnLeft ? binary.Left : binary.Right;
            var amount = changeOnLeft ? binary.Right : binary.Left;
            var indicatorUnit = ((ChangeType)change.Type).IndicatorUnit;
            var amountUnit = UnitOf(amount);

            // `+15%` is a relative change; `+15 points`, `-3 minutes` or a plain number a difference in the indicator's unit.
            var relative = amountUnit.Dimension == Dimension.Percent;
            var changeCode = Change(change, relative, scope);
            var amountCode = relative ? Value(amount, scope) : Converted(amount, amountUnit, indicatorUnit, scope);
            (left, right) = changeOnLeft ? (changeCode, amountCode) : (amountCode, changeCode);
        }
        else if (binary.Left.Type is NumberType && binary.Right.Type is NumberType)
        {
            left = Value(binary.Left, scope);
            right = Converted(binary.Right, UnitOf(binary.Right), UnitOf(binary.Left), scope);
        }
        else
        {
            left = Value(binary.Left, scope);
            right = Value(binary.Right, scope);
        }

        return $"{method}({left}, {right})";
    }

    private static Unit UnitOf(BoundExpression expression) => expression.Type switch
    {
        NumberType number => number.Unit,
        ChangeType change => change.IndicatorUnit,
        _ => Unit.Scalar,
    };

    // A value in `from` expressed in `to`: 2 hours compared with minutes is 120. Constants are folded.
    private string Converted(BoundExpression expression, Unit from, Unit to, Scope scope)
    {
        if (Factor(from, to) is not { } factor)
        {
            return Value(expression, scope);
        }

        if (expression is BoundLiteral { Value: Quantity quantity })
        {
            try
            {
                return CSharpLiterals.Decimal(quantity.Value * factor);
            }
            catch (OverflowException)
            {
                // Too large to fold: the runtime multiplies, and an overflow there is unknown.
            }
        }

        return $"{Runtime}Arithmetic.Multiply({Value(expression, scope)}, {CSharpLiterals.Decimal(factor)})";
    }

    /// <summary>The factor from one unit to another of the same family, or null when values pass unchanged.</summary>
    public static decimal? Factor(Unit from, Unit to)
    {
        if (from.Dimension == Dimension.Scalar || to.Dimension == Dimension.Scalar || !from.IsCompatibleWith(to) || from.ToBase == to.ToBase)
        {
            return null;
        }

        return from.ToBase / to.ToBase;
    }

    private string Quantified(BoundQuantified quantified, Scope scope)
    {
        var site = NewName("s");
        var condition = Condition(quantified.Condition, scope with { Site = site });
        var sites = _siteSets.Of(quantified);
        var lambda = site + " => " + condition;
        return quantified.Quantifier switch
        {
            QuantifierKind.All => $"{Runtime}Quantify.All({sites}, {lambda})",
            QuantifierKind.Any => $"{Runtime}Quantify.Any({sites}, {lambda})",
            QuantifierKind.Share => $"{Runtime}Quantify.Share({sites}, {CSharpLiterals.Decimal(quantified.Share ?? throw Unsupported(quantified, "a share without its percentage"))}, {lambda})",
            _ => $"{Runtime}Quantify.Count({sites}, {CSharpLiterals.Decimal(quantified.Share ?? throw Unsupported(quantified, "a count without its number"))}, {lambda})",
        };
    }

    private string Sustained(BoundSustained sustained, Scope scope)
    {
        var nodes = BoundTreeWalker.DescendantsAndSelf(sustained.Condition).ToList();
        var indicators = nodes.OfType<BoundIndicatorValue>().Select(v => v.Indicator).Distinct().Select(_indicator);

        // The sites whose data dates the latest period: the current site of a per-site
        // condition, else the sites the condition quantifies over.
        var sites = sustained.Condition.Type.IsPerSite && scope.Site is { } site
            ? MonitorSiteSets.InlineParameter(site)
            : _siteSets.OfAll(nodes.OfType<BoundQuantified>().ToList(), _pilotSites);

        var context = NewName("c");
        var condition = Condition(sustained.Condition, scope with { Context = context });
        return $"{Runtime}Sustained.Holds({scope.Context}, {sites}, new {Runtime}IndicatorDefinition[] {{ {string.Join(", ", indicators)} }}, "
            + $"{CSharpLiterals.Integer(sustained.Periods)}, {CSharpLiterals.Enum("PeriodUnit", PeriodOf(sustained.PeriodUnit))}, {context} => {condition})";
    }

    /// <summary>The runtime period of a spec's period word: months, quarters, years, weeks; anything shorter is a day.</summary>
    public static string PeriodOf(Unit unit)
    {
        if (unit.IsCalendar)
        {
            return unit.ToBase switch
            {
                12m => "Year",
                6m => "HalfYear",
                3m => "Quarter",
                _ => "Month",
            };
        }

        return unit.Dimension == Dimension.Time && unit.ToBase == Unit.Weeks.ToBase ? "Week" : "Day";
    }

    private static string CriteriaCount(BoundCriteriaCount count, Scope scope)
    {
        var criteria = scope.Criteria ?? throw Unsupported(count, "'all met', 'any met' or 'none met' outside a decision rule");
        return criteria + count.Count switch
        {
            Binding.Bound.CriteriaCount.All => ".AllMet",
            Binding.Bound.CriteriaCount.Any => ".AnyMet",
            _ => ".NoneMet",
        };
    }

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

                var signed = binary.Operator == BoundBinaryOperator.Subtract ? -amount.Value : amount.Value;
                return new CalendarDuration(signed, amount.Unit).AddTo(start.Value);
            default:
                throw Unsupported(expression, "a date that is not fixed by the spec");
        }
    }

    private static NotSupportedException Unsupported(BoundExpression expression, string why) =>
        new($"The C# monitor cannot translate '{expression.Syntax}' ({expression.GetType().Name}): {why}.");
}

/// <summary>What a translated expression can refer to: the evaluation context, the current site (inside a quantifier), the criteria outcomes (in a decision rule).</summary>
internal sealed record Scope(string Context, string? Site = null, string? Criteria = null);
