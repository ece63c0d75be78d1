namespace PilotSpec.Monitoring.Tests.Engine;

/// <summary>
/// Computed indicators: `admin_cost_share` (percent) is `admin_cost / total_spending`, computed
/// by the engine at each site and year from the two recorded indicators.
/// </summary>
public sealed class FormulaTests
{
    private static readonly Site District = new("东城区");

    private static (IndicatorDefinition Share, IndicatorDefinition Cost, IndicatorDefinition Total) Indicators()
    {
        var cost = new IndicatorDefinition("admin_cost", unit: "CNY", frequency: PeriodUnit.Year);
        var total = new IndicatorDefinition("total_spending", unit: "CNY", frequency: PeriodUnit.Year);
        var share = new IndicatorDefinition("admin_cost_share", unit: "percent", direction: Direction.LowerIsBetter, baseline: 24m, baselineDate: new DateTime(2019, 12, 31), frequency: PeriodUnit.Year);

        // As the compiler lowers it: a ratio of like quantities, times 100 on a percent indicator.
        share.SetFormula(new BinaryExpr(
            BinaryOperator.Multiply,
            new BinaryExpr(BinaryOperator.Divide, new IndicatorExpr(cost, ValueMember.Latest), new IndicatorExpr(total, ValueMember.Latest)),
            new ConstantExpr(100m)));
        return (share, cost, total);
    }

    private static ObservationStore Store(IndicatorDefinition cost, IndicatorDefinition total)
    {
        var store = new ObservationStore(new ObservationStoreOptions { Clock = Clocks.Fixed(new DateTime(2030, 1, 1)) });
        store.Record(cost, District, new DateTime(2019, 12, 31), 410m);
        store.Record(total, District, new DateTime(2019, 12, 31), 1700m);
        store.Record(cost, District, new DateTime(2020, 12, 31), 380m);
        store.Record(total, District, new DateTime(2020, 12, 31), 1900m);
        store.Record(cost, District, new DateTime(2021, 12, 31), 350m); // total of 2021 not in yet
        return store;
    }

    [Fact]
    public void The_formula_is_computed_year_by_year_from_the_inputs_of_that_year()
    {
        var (share, cost, total) = Indicators();
        var context = new EvaluationContext(Store(cost, total), new DateTime(2021, 12, 31));

        var series = context.Series(share, District);

        // 2019: 410 / 1700 x 100 = 24.1176...%; 2020: 380 / 1900 x 100 = 20%; 2021: no total, no share.
        Assert.Equal([new DateTime(2019, 12, 31), new DateTime(2020, 12, 31)], series.Select(o => o.Date));
        Assert.Equal(24.1176m, decimal.Round(series[0].Value, 4));
        Assert.Equal(20m, series[1].Value);
    }

    [Fact]
    public void Change_is_read_from_the_site_s_computed_baseline()
    {
        var (share, cost, total) = Indicators();
        var context = new EvaluationContext(Store(cost, total), new DateTime(2020, 12, 31));

        // The computed 2019-12-31 value is the site's baseline (observed at the baseline date),
        // not the programme's 24%: 20 - 24.1176 = -4.1176 points.
        Assert.Equal(BaselineSource.Observed, context.SiteBaselineOf(share, District).Source);
        Assert.Equal(20m, context.Latest(share, District));
        Assert.Equal(-4.1176m, decimal.Round(context.Change(share, District)!.Value, 4));
    }

    [Fact]
    public void A_formula_is_read_from_the_pilot_model_once_every_indicator_exists()
    {
        // The share is declared before the indicators its formula names, as in the example.
        var definition = PilotModel.Read("""
            {
              "format": "pilotspec-model", "version": 1,
              "pilot": { "name": "P" },
              "sites": [ { "code": "东城区", "role": "pilot" } ],
              "siteSets": { "pilot_sites": [ "东城区" ] },
              "indicators": [
                { "name": "share", "unit": "percent", "direction": "lower", "targets": [], "frequency": "year",
                  "formula": { "kind": "binary", "operator": "*",
                    "left": { "kind": "binary", "operator": "/", "left": { "kind": "indicator", "indicator": "a", "member": "latest" }, "right": { "kind": "indicator", "indicator": "b", "member": "latest" } },
                    "right": { "kind": "number", "value": 100 } } },
                { "name": "a", "unit": "CNY", "targets": [], "frequency": "year" },
                { "name": "b", "unit": "CNY", "targets": [], "frequency": "year" }
              ],
              "evaluations": [], "alerts": []
            }
            """);
        var store = new ObservationStore(new ObservationStoreOptions { Clock = Clocks.Fixed(new DateTime(2030, 1, 1)) });
        var site = definition.Sites[0];
        store.Record(definition.FindIndicator("a")!, site, new DateTime(2020, 6, 30), 1m);
        store.Record(definition.FindIndicator("b")!, site, new DateTime(2020, 12, 31), 8m);

        // 1 / 8 x 100 = 12.5%, dated by the later input.
        var value = Assert.Single(new EvaluationContext(store, new DateTime(2020, 12, 31)).Series(definition.FindIndicator("share")!, site));
        Assert.Equal((new DateTime(2020, 12, 31), 12.5m), (value.Date, value.Value));
    }
}
