using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;

namespace PilotSpec.Monitoring;

/// <summary>
/// The series of a computed indicator (<c>formula: admin_cost / total_spending</c>) at a site:
/// for each of its measurement periods in which the indicators the formula names have values,
/// the formula applied to those values (each read within that period), dated by the latest of
/// them. A period where an input is missing has no computed value, as a share cannot be known
/// without its denominator. Computed on read, never stored: the inputs stay the only record.
/// </summary>
internal static class ComputedSeries
{
    public static IReadOnlyList<Observation> Of(EvaluationContext context, IndicatorDefinition indicator, Site site)
    {
        // The compiler rejects cyclic formulas; a hand-built cycle ends here rather than in a stack overflow.
        RuntimeHelpers.EnsureSufficientExecutionStack();
        var formula = indicator.Formula ?? throw new ArgumentException("'" + indicator.Name + "' has no formula.", nameof(indicator));
        var unit = indicator.RecordingPeriod;

        var periods = PeriodsWithData(context, Inputs(formula), site, unit);
        var series = new List<Observation>(periods.Count);
        foreach (var period in periods)
        {
            var within = context.ForPeriod(period.Key, unit).NotingGapsIn(null);
            if (ExprEvaluator.Evaluate(formula, within, site) is decimal value)
            {
                series.Add(new Observation(period.Value, value));
            }
        }

        return series;
    }

    /// <summary>
    /// Every period of <paramref name="unit"/> in which one of <paramref name="indicators"/> has a
    /// value at <paramref name="site"/> (up to the context's date), with the latest date of one there:
    /// the periods a computed or rolled-up series can have a value in, and how each is dated.
    /// </summary>
    internal static SortedDictionary<long, DateTime> PeriodsWithData(EvaluationContext context, IEnumerable<IndicatorDefinition> indicators, Site site, PeriodUnit unit) =>
        PeriodsWithData(context, indicators.Select(i => (i, site)), unit);

    /// <summary>As above, over indicator-and-site pairs (a parent's children, for a roll-up).</summary>
    internal static SortedDictionary<long, DateTime> PeriodsWithData(EvaluationContext context, IEnumerable<(IndicatorDefinition Indicator, Site Site)> series, PeriodUnit unit)
    {
        var periods = new SortedDictionary<long, DateTime>();
        foreach (var (indicator, site) in series)
        {
            foreach (var observation in context.Series(indicator, site))
            {
                if (observation.Date > context.AsOf)
                {
                    break;
                }

                var period = Periods.IndexOf(observation.Date, unit);
                if (!periods.TryGetValue(period, out var latest) || observation.Date > latest)
                {
                    periods[period] = observation.Date;
                }
            }
        }

        return periods;
    }

    /// <summary>The indicators a formula reads, each once, in the order they appear.</summary>
    public static IReadOnlyList<IndicatorDefinition> Inputs(Expr formula)
    {
        var inputs = new List<IndicatorDefinition>();
        Collect(formula, inputs);
        return inputs;
    }

    /// <summary>The indicators a condition reads, through quantifiers and sustained conditions too.</summary>
    public static IReadOnlyList<IndicatorDefinition> InputsOfCondition(Expr condition)
    {
        var inputs = new List<IndicatorDefinition>();
        Collect(condition, inputs);
        return inputs;
    }

    private static void Collect(Expr expression, List<IndicatorDefinition> inputs)
    {
        switch (expression)
        {
            case QuantifiedExpr quantified:
                Collect(quantified.Body, inputs);
                break;
            case SustainedExpr sustained:
                Collect(sustained.Body, inputs);
                break;
            case IndicatorExpr value when !inputs.Contains(value.Indicator):
                inputs.Add(value.Indicator);
                break;
            case UnaryExpr unary:
                Collect(unary.Operand, inputs);
                break;
            case BinaryExpr binary:
                Collect(binary.Left, inputs);
                Collect(binary.Right, inputs);
                break;
        }
    }
}
