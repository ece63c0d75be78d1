using System;
using System.Globalization;
using System.Linq;
using PilotSpec.Monitoring;

namespace PilotSpec.Benchmarks.Monitoring;

/// <summary>
/// A national rollout as a generated monitor builds it: <see cref="SiteCount"/> county sites,
/// <see cref="IndicatorCount"/> indicators (rates in percent measured quarterly, times in
/// minutes measured monthly) and a final evaluation with one criterion per indicator, each
/// quantified over every site (`iK.change >= +3 points at 80% of sites`, as the emitter
/// translates it). Deterministic: values come from the indices, not from a clock or Random.
/// </summary>
public sealed class ScalePilot
{
    public const int SiteCount = 3_000;
    public const int IndicatorCount = 50;

    /// <summary>Four quarters of data: 2020-03-31, 2020-06-30, 2020-09-30, 2020-12-31.</summary>
    public static readonly DateTime[] Quarters = { new(2020, 3, 31), new(2020, 6, 30), new(2020, 9, 30), new(2020, 12, 31) };

    public ScalePilot()
    {
        Sites = Enumerable.Range(0, SiteCount)
            .Select(s => new Site("county_" + s.ToString(CultureInfo.InvariantCulture), "County " + s.ToString(CultureInfo.InvariantCulture)))
            .ToArray();
        Indicators = Enumerable.Range(0, IndicatorCount).Select(Indicator).ToArray();
        Final = new EvaluationDefinition(
            "final",
            "Final evaluation",
            Quarters[^1],
            Indicators.Select(Criterion),
            new[] { new DecisionRule(Decision.ScaleUp, "all met", new CriteriaCountExpr(CriteriaCount.All)), new DecisionRule(Decision.Extend, "any met", new CriteriaCountExpr(CriteriaCount.Any)) },
            Decision.Terminate);
        Definition = new PilotDefinition("NationalRollout", "National rollout", Sites, Indicators, new[] { Final }, owner: "Ministry");
    }

    public Site[] Sites { get; }

    public IndicatorDefinition[] Indicators { get; }

    public EvaluationDefinition Final { get; }

    public PilotDefinition Definition { get; }

    /// <summary>A monitor over a new store, with one handle per indicator as a generated monitor has.</summary>
    public (PilotMonitor Monitor, MonitoredIndicator[] Indicators) NewMonitor()
    {
        var monitor = new PilotMonitor(Definition);
        return (monitor, Indicators.Select(i => new MonitoredIndicator(monitor, i)).ToArray());
    }

    /// <summary>A value that varies by indicator, site and date, inside a percentage's range.</summary>
    public static decimal ValueOf(int indicator, int site, int date) => 40m + ((indicator * 7 + site * 13 + date * 5) % 50);

    private static IndicatorDefinition Indicator(int k)
    {
        var name = "i" + k.ToString(CultureInfo.InvariantCulture);
        return k % 2 == 0
            ? new IndicatorDefinition(name, "Rate " + name, "percent", Direction.HigherIsBetter, baseline: 60m, target: 75m, frequency: PeriodUnit.Quarter)
            : new IndicatorDefinition(name, "Time " + name, "minutes", Direction.LowerIsBetter, baseline: 60m, target: 45m, frequency: PeriodUnit.Month);
    }

    // As a generated monitor builds it since the engine interprets conditions: an expression, not a lambda.
    private Criterion Criterion(IndicatorDefinition indicator) =>
        new(
            indicator.Name + ".change >= +3 points at 80% of sites",
            new QuantifiedExpr(Quantifier.Share, 80m, Sites, null, new BinaryExpr(BinaryOperator.GreaterOrEqual, new IndicatorExpr(indicator, ValueMember.Change), new ConstantExpr(3m))));
}
