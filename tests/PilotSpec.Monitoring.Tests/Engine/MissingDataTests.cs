using static PilotSpec.Monitoring.Tests.Engine.ApprovalReform;

namespace PilotSpec.Monitoring.Tests.Engine;

/// <summary>Missing and stale data are outcomes: an evaluation says what it could not see, and never decides by default.</summary>
public sealed class MissingDataTests
{
    private static EvaluationDefinition Final(IndicatorDefinition indicator) => new(
        "final",
        null,
        D(2019, 12, 31),
        [Halved(indicator)],
        [new DecisionRule(Decision.ScaleUp, "all met", new CriteriaCountExpr(CriteriaCount.All))],
        Decision.Terminate);

    [Fact]
    public void A_site_that_has_not_reported_and_could_tip_the_decision_makes_it_undetermined_and_is_named()
    {
        // Ningbo halved from its own baseline; Hangzhou's baseline is stated as 180 so 90 is -50%; Wenzhou has not reported.
        var indicator = ApprovalDays(siteBaselines: new Dictionary<string, decimal> { ["杭州"] = 180m });
        var monitor = new PilotMonitor(new PilotDefinition("ApprovalReform", null, Cities, [indicator]), Store(indicator, wenzhouReports: false));

        var result = monitor.Evaluate(Final(indicator), D(2019, 12, 31));

        Assert.Equal(Decision.Undetermined, result.Decision);
        Assert.Equal([Decision.ScaleUp, Decision.Terminate], result.PossibleDecisions);
        Assert.Null(result.Criteria[0].Outcome);
        Assert.Equal([true, true, null], result.Criteria[0].Sites.Select(s => s.Outcome));
        var gap = Assert.Single(result.Gaps);
        Assert.Equal(("approval_days", "温州", DataGapKind.Missing), (gap.Indicator.Name, gap.Site.Code, gap.Kind));
    }

    [Fact]
    public void Missing_data_that_cannot_change_the_outcome_does_not_hold_the_decision_up()
    {
        // Hangzhou already fails "at all sites" (-40%): whatever Wenzhou reports, the criterion is not met.
        var indicator = ApprovalDays();
        var monitor = new PilotMonitor(new PilotDefinition("ApprovalReform", null, Cities, [indicator]), Store(indicator, wenzhouReports: false));

        var result = monitor.Evaluate(Final(indicator), D(2019, 12, 31));

        Assert.Equal(Decision.Terminate, result.Decision);
        Assert.False(result.Criteria[0].Outcome);
        Assert.Empty(result.Gaps);
    }

    [Fact]
    public void An_open_rule_that_could_only_decide_what_is_decided_anyway_leaves_nothing_undetermined()
    {
        var indicator = ApprovalDays();
        var evaluation = new EvaluationDefinition(
            "midterm",
            null,
            null,
            [Halved(indicator)],
            [new DecisionRule(Decision.Extend, "any met", new CriteriaCountExpr(CriteriaCount.Any))],
            Decision.Extend);
        var monitor = new PilotMonitor(new PilotDefinition("ApprovalReform", null, Cities, [indicator]), new ObservationStore());

        var result = monitor.Evaluate(evaluation, D(2019, 12, 31));

        Assert.Equal(Decision.Extend, result.Decision);
        Assert.False(result.IsUndetermined);
    }

    [Fact]
    public void A_value_older_than_the_freshness_limit_counts_as_missing_and_is_named_stale()
    {
        // Quarterly, stale after 2 quarters: on 2019-12-31 (Q4 2019) a value of Q2 2019 is 2 quarters
        // old and counts; one of Q1 2019 is 3 quarters old and does not.
        var indicator = ApprovalDays();
        var store = new ObservationStore(new ObservationStoreOptions { Clock = Clocks.Fixed(D(2030, 1, 1)) });
        store.Record(indicator, Hangzhou, D(2019, 6, 30), 90m);
        store.Record(indicator, Ningbo, D(2019, 3, 31), 100m);
        var gaps = new DataGaps();
        var context = new EvaluationContext(store, D(2019, 12, 31)).NotingGapsIn(gaps);

        Assert.Equal(90m, context.Latest(indicator, Hangzhou));
        Assert.Null(context.Latest(indicator, Ningbo));
        Assert.True(context.IsStale(indicator, Ningbo));
        var gap = Assert.Single(gaps.Gaps);
        Assert.Equal(("宁波", DataGapKind.Stale), (gap.Site.Code, gap.Kind));
    }

    [Fact]
    public void The_freshness_limit_is_the_spec_s_when_it_gives_one()
    {
        var indicator = ApprovalDays(staleAfter: 4);
        var store = new ObservationStore(new ObservationStoreOptions { Clock = Clocks.Fixed(D(2030, 1, 1)) });
        store.Record(indicator, Ningbo, D(2019, 3, 31), 100m);

        // 3 quarters old, within 4.
        Assert.Equal(100m, new EvaluationContext(store, D(2019, 12, 31)).Latest(indicator, Ningbo));
    }

    [Fact]
    public void An_indicator_without_a_frequency_never_goes_stale()
    {
        var indicator = new IndicatorDefinition("reports", unit: "reports");

        Assert.Null(indicator.StaleAfter);
    }
}
