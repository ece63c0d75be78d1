using static PilotSpec.Monitoring.Tests.Engine.ApprovalReform;

namespace PilotSpec.Monitoring.Tests.Engine;

/// <summary>Every site is measured from its own baseline: stated in the spec, else observed on or before the baseline date, else the programme's.</summary>
public sealed class PerSiteBaselineTests
{
    [Fact]
    public void A_site_observed_on_the_baseline_date_is_measured_from_that_value()
    {
        var indicator = ApprovalDays();
        var context = new EvaluationContext(Store(indicator), D(2019, 12, 31));

        // Hangzhou: 150 → 90 is -60 days, -40% of its own 150 (not -55% of the programme's 200).
        Assert.Equal(new SiteBaseline(150m, BaselineSource.Observed), context.SiteBaselineOf(indicator, Hangzhou));
        Assert.Equal(-60m, context.Change(indicator, Hangzhou));
        Assert.Equal(-40m, context.RelativeChange(indicator, Hangzhou));

        // Ningbo: 260 → 125 is -135 days, -135 / 260 = -51.923...%.
        Assert.Equal(-135m, context.Change(indicator, Ningbo));
        Assert.Equal(-51.923m, decimal.Round(context.RelativeChange(indicator, Ningbo)!.Value, 3));
    }

    [Fact]
    public void A_site_without_a_baseline_observation_falls_back_to_the_programme_baseline()
    {
        var indicator = ApprovalDays();
        var context = new EvaluationContext(Store(indicator), D(2019, 12, 31));

        // Wenzhou: 100 against the programme's 200: -100 days, exactly -50%.
        Assert.Equal(new SiteBaseline(200m, BaselineSource.Programme), context.SiteBaselineOf(indicator, Wenzhou));
        Assert.Equal(-50m, context.RelativeChange(indicator, Wenzhou));
    }

    [Fact]
    public void A_baseline_the_spec_states_for_a_site_wins_over_its_observation()
    {
        var indicator = ApprovalDays(siteBaselines: new Dictionary<string, decimal> { ["杭州"] = 180m });
        var context = new EvaluationContext(Store(indicator), D(2019, 12, 31));

        // 90 against the agreed 180 is exactly -50%.
        Assert.Equal(new SiteBaseline(180m, BaselineSource.Spec), context.SiteBaselineOf(indicator, Hangzhou));
        Assert.Equal(-50m, context.RelativeChange(indicator, Hangzhou));
    }

    [Fact]
    public void The_criterion_judges_each_site_from_its_own_baseline_and_reports_it()
    {
        var indicator = ApprovalDays();
        var halved = Halved(indicator);

        var result = halved.Judge(new EvaluationContext(Store(indicator), D(2019, 12, 31)));

        // Hangzhou -40% fails; Ningbo -51.9% and Wenzhou -50% pass; "at all sites" is not met.
        Assert.False(result.Outcome);
        Assert.Equal([false, true, true], result.Sites.Select(s => s.Outcome));
        var hangzhou = result.Sites[0];
        Assert.Equal((90m, 150m, -60m, BaselineSource.Observed), (hangzhou.Value, hangzhou.Baseline.Value, hangzhou.Change, hangzhou.Baseline.Source));
        Assert.Empty(result.Gaps);
    }

    [Fact]
    public void Under_one_programme_baseline_the_same_data_would_have_passed()
    {
        // The mistake the per-site rule prevents: with no baseline date, every site starts from
        // 200, and Hangzhou's 90 looks like -55%.
        var programmeOnly = new IndicatorDefinition("approval_days", unit: "working days", direction: Direction.LowerIsBetter, baseline: 200m, frequency: PeriodUnit.Quarter);
        var context = new EvaluationContext(Store(programmeOnly), D(2019, 12, 31));

        Assert.Equal(-55m, context.RelativeChange(programmeOnly, Hangzhou));
    }

    [Fact]
    public void Every_part_of_a_compound_target_must_hold_each_from_the_site_baseline()
    {
        var indicator = ApprovalDays();
        var context = new EvaluationContext(Store(indicator), D(2019, 12, 31));

        // Hangzhou 90: ≤ 120 yes, ≤ 150 × 0.5 = 75 no.
        Assert.False(context.TargetReached(indicator, Hangzhou));

        // Ningbo 125: ≤ 120 no (≤ 260 × 0.5 = 130 yes).
        Assert.False(context.TargetReached(indicator, Ningbo));

        // Wenzhou 100: ≤ 120 yes, ≤ 200 × 0.5 = 100 yes.
        Assert.True(context.TargetReached(indicator, Wenzhou));

        // `.target` reads the first part: the level, the same at every site.
        Assert.Equal(120m, context.Target(indicator, Hangzhou));
    }

    [Fact]
    public void Progress_runs_from_the_site_baseline_to_the_first_part_of_the_target()
    {
        var indicator = ApprovalDays();
        var context = new EvaluationContext(Store(indicator), D(2019, 12, 31));

        // Ningbo: (125 - 260) / (120 - 260) = -135 / -140 = 0.9642857...
        Assert.Equal(0.9643m, decimal.Round(context.Progress(indicator, Ningbo)!.Value, 4));
    }
}
