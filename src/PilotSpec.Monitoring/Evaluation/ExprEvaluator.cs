using System;
using System.Collections.Generic;

namespace PilotSpec.Monitoring;

/// <summary>
/// Interprets an <see cref="Expr"/> with the data of an <see cref="EvaluationContext"/>, in
/// three-valued logic: a value that is missing or stale is unknown (null), a comparison with an
/// unknown side is unknown, <c>false and unknown</c> is false and <c>true or unknown</c> is true.
/// The one implementation of the spec's semantics that generated monitors and
/// <c>pilotc evaluate</c> share.
/// </summary>
public static class ExprEvaluator
{
    /// <summary>The value of <paramref name="expression"/>: a decimal, DateTime, string, bool, or null when unknown.</summary>
    /// <param name="expression">What to evaluate.</param>
    /// <param name="context">The data as of a date.</param>
    /// <param name="site">The current site, inside a site quantifier or an alert's per-site condition.</param>
    /// <param name="criteria">The criteria's outcomes, inside a decision rule.</param>
    public static object? Evaluate(Expr expression, EvaluationContext context, Site? site = null, CriteriaOutcome? criteria = null)
    {
        if (expression is null)
        {
            throw new ArgumentNullException(nameof(expression));
        }

        if (context is null)
        {
            throw new ArgumentNullException(nameof(context));
        }

        return new Scope(context, site, criteria).Value(expression);
    }

    /// <summary>A condition's outcome: met (true), not met (false), unknown (null).</summary>
    public static bool? Condition(Expr expression, EvaluationContext context, Site? site = null, CriteriaOutcome? criteria = null) =>
        Evaluate(expression, context, site, criteria) as bool?;

    /// <summary>The outcome of a quantifier's condition at each of its sites, in order, with the gaps of the sites left unknown noted.</summary>
    internal static IReadOnlyList<bool?> SiteOutcomes(QuantifiedExpr quantified, EvaluationContext context, CriteriaOutcome? criteria) =>
        new Scope(context, null, criteria).SiteOutcomes(quantified);

    /// <summary>Folds the sites' outcomes by the quantifier: unknown exactly when the unknown sites could tip it.</summary>
    internal static bool? Fold(Quantifier quantifier, decimal? amount, IReadOnlyList<bool?> outcomes)
    {
        int yes = 0, no = 0, unknown = 0;
        foreach (var outcome in outcomes)
        {
            switch (outcome)
            {
                case true: yes++; break;
                case false: no++; break;
                default: unknown++; break;
            }
        }

        switch (quantifier)
        {
            case Quantifier.All:
                return no > 0 ? false : unknown > 0 ? null : true;
            case Quantifier.Any:
                return yes > 0 ? true : unknown > 0 ? null : false;
            case Quantifier.Share:
                var total = yes + no + unknown;
                var percent = amount ?? 100m;
                bool Enough(int count) => count * 100m >= percent * total;
                return Enough(yes) ? true : Enough(yes + unknown) ? null : false;
            default:
                var needed = amount ?? 1m;
                return yes >= needed ? true : yes + unknown >= needed ? null : false;
        }
    }

    private readonly struct Scope
    {
        private readonly EvaluationContext _context;
        private readonly Site? _site;
        private readonly CriteriaOutcome? _criteria;

        public Scope(EvaluationContext context, Site? site, CriteriaOutcome? criteria)
        {
            _context = context;
            _site = site;
            _criteria = criteria;
        }

        public object? Value(Expr expression) => expression switch
        {
            ConstantExpr constant => constant.Value,
            IndicatorExpr indicator => Indicator(indicator),
            UnaryExpr { Operator: UnaryOperator.Not } not => !(Value(not.Operand) as bool?),
            UnaryExpr negate => Arithmetic.Negate(Value(negate.Operand) as decimal?),
            BinaryExpr binary => Binary(binary),
            QuantifiedExpr quantified => Fold(quantified.Quantifier, quantified.Amount, SiteOutcomes(quantified)),
            SustainedExpr sustained => Sustained(sustained),
            CriteriaCountExpr count => Criteria(count),
            _ => throw new NotSupportedException("Unknown expression " + expression.GetType().Name + "."),
        };

        public IReadOnlyList<bool?> SiteOutcomes(QuantifiedExpr quantified)
        {
            var outcomes = new bool?[quantified.Sites.Count];
            for (var i = 0; i < outcomes.Length; i++)
            {
                var site = quantified.Sites[i];

                // A site's gaps matter only when they leave its outcome open.
                var gaps = _context.Gaps is null ? null : new DataGaps();
                var outcome = new Scope(_context.NotingGapsIn(gaps), site, _criteria).Value(quantified.Body) as bool?;
                if (outcome is null && gaps is not null)
                {
                    _context.Gaps!.AddRange(gaps);
                }

                outcomes[i] = outcome;
            }

            return outcomes;
        }

        private object? Indicator(IndicatorExpr value)
        {
            var indicator = value.Indicator;
            if (value.Member is ValueMember.Effect or ValueMember.EffectLower or ValueMember.EffectUpper)
            {
                // One number for the evaluation, wherever it is read; unknown without the data, whose gaps the estimate notes.
                var estimate = _context.Effect(indicator);
                return value.Member switch
                {
                    ValueMember.Effect => estimate?.Effect,
                    ValueMember.EffectLower => estimate?.Lower,
                    _ => estimate?.Upper,
                };
            }

            if (_site is not { } site)
            {
                return value.Member switch
                {
                    ValueMember.Baseline => _context.Baseline(indicator),
                    ValueMember.Target => _context.Target(indicator),
                    _ => throw new InvalidOperationException("'" + indicator.Name + "." + value.Member + "' is a value per site, read outside any site quantifier."),
                };
            }

            return value.Member switch
            {
                ValueMember.Latest => _context.Latest(indicator, site),
                ValueMember.Mean => _context.Mean(indicator, site),
                ValueMember.Trend => _context.Trend(indicator, site),
                ValueMember.RelativeTrend => _context.RelativeTrend(indicator, site),
                ValueMember.Change => _context.Change(indicator, site),
                ValueMember.RelativeChange => _context.RelativeChange(indicator, site),
                ValueMember.Baseline => _context.Baseline(indicator, site),
                ValueMember.Grade => _context.Grade(indicator, site),
                _ => _context.Target(indicator, site),
            };
        }

        private object? Binary(BinaryExpr binary)
        {
            var left = Value(binary.Left);
            var right = Value(binary.Right);
            switch (binary.Operator)
            {
                case BinaryOperator.And:
                    return (left as bool?) & (right as bool?);
                case BinaryOperator.Or:
                    return (left as bool?) | (right as bool?);
                case BinaryOperator.Add:
                    return Arithmetic.Add(left as decimal?, right as decimal?);
                case BinaryOperator.Subtract:
                    return Arithmetic.Subtract(left as decimal?, right as decimal?);
                case BinaryOperator.Multiply:
                    return Arithmetic.Multiply(left as decimal?, right as decimal?);
                case BinaryOperator.Divide:
                    return Arithmetic.Divide(left as decimal?, right as decimal?);
                default:
                    return Comparison(binary.Operator, left, right);
            }
        }

        // Values of one kind compare by their order (texts ordinally, false before true);
        // an unknown side, or sides of different kinds (which the compiler never lowers), is unknown.
        private static bool? Comparison(BinaryOperator op, object? left, object? right)
        {
            int? order = (left, right) switch
            {
                (decimal l, decimal r) => l.CompareTo(r),
                (DateTime l, DateTime r) => l.CompareTo(r),
                (string l, string r) => string.CompareOrdinal(l, r),
                (bool l, bool r) => l.CompareTo(r),
                _ => null,
            };
            if (order is not { } c)
            {
                return null;
            }

            return op switch
            {
                BinaryOperator.Less => c < 0,
                BinaryOperator.LessOrEqual => c <= 0,
                BinaryOperator.Greater => c > 0,
                BinaryOperator.GreaterOrEqual => c >= 0,
                BinaryOperator.Equal => c == 0,
                _ => c != 0,
            };
        }

        private bool? Sustained(SustainedExpr sustained)
        {
            IReadOnlyList<Site> sites = sustained.Sites ?? (_site is { } site ? new[] { site } : Array.Empty<Site>());
            var criteria = _criteria;
            var current = _site;
            return Monitoring.Sustained.Holds(
                _context,
                sites,
                sustained.Indicators,
                sustained.Periods,
                sustained.Unit,
                period => new Scope(period, current, criteria).Value(sustained.Body) as bool?);
        }

        private bool? Criteria(CriteriaCountExpr count)
        {
            var criteria = _criteria ?? throw new InvalidOperationException("'all met', 'any met' or 'none met' outside a decision rule.");
            return count.Count switch
            {
                CriteriaCount.All => criteria.AllMet,
                CriteriaCount.Any => criteria.AnyMet,
                _ => criteria.NoneMet,
            };
        }
    }
}
