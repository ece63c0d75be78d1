using static PilotSpec.Monitoring.Tests.TestPilot;

namespace PilotSpec.Monitoring.Tests;

/// <summary>
/// `evaluation final`: clearance +15 points at all pilot sites, response time at or under
/// 12 minutes at 50% of them; scale_up when all met, extend when any met, else terminate.
/// </summary>
public sealed class EvaluationTests
{
    private static readonly EvaluationDefinition Final = new(
        "final",
        "Final evaluation",
        D(2020, 12, 31),
        [
            new Criterion("clearance_rate.change >= +15 points at all sites", c => Quantify.All(PilotSites, s => Compare.GreaterOrEqual(c.Change(ClearanceRate, s), 15m))),
            new Criterion("response_time <= 12 minutes at 50% of sites", c => Quantify.Share(PilotSites, 50m, s => Compare.LessOrEqual(c.Latest(ResponseTime, s), 12m))),
        ],
        [
            new DecisionRule(Decision.ScaleUp, "all met", (_, met) => met.AllMet),
            new DecisionRule(Decision.Extend, "any met", (_, met) => met.AnyMet),
        ],
        Decision.Terminate);

    private static PilotMonitor Monitor() => new(Definition([Final]));

    [Fact]
    public void All_criteria_met_scales_up()
    {
        var monitor = Monitor();
        monitor.Record(ClearanceRate, East, D(2020, 12, 31), 78m);
        monitor.Record(ClearanceRate, South, D(2020, 12, 31), 77m);
        monitor.Record(ResponseTime, East, D(2020, 12, 31), 11m);
        monitor.Record(ResponseTime, South, D(2020, 12, 31), 14m);

        var result = monitor.Evaluate(Final, D(2020, 12, 31));

        Assert.Equal(Decision.ScaleUp, result.Decision);
        Assert.Same(Final.Rules[0], result.Rule);
        Assert.Equal([true, true], result.Criteria.Select(c => c.Outcome));
    }

    [Fact]
    public void The_first_matching_rule_wins()
    {
        var monitor = Monitor();
        monitor.Record(ClearanceRate, East, D(2020, 12, 31), 78m);
        monitor.Record(ClearanceRate, South, D(2020, 12, 31), 70m);   // only +8 points
        monitor.Record(ResponseTime, East, D(2020, 12, 31), 11m);
        monitor.Record(ResponseTime, South, D(2020, 12, 31), 14m);

        var result = new MonitoredEvaluation(monitor, Final).EvaluateAsScheduled();

        Assert.Equal(Decision.Extend, result.Decision);
        Assert.Same(Final.Rules[1], result.Rule);
        Assert.Equal([false, true], result.Criteria.Select(c => c.Outcome));
    }

    [Fact]
    public void No_rule_applies_so_otherwise_decides()
    {
        var monitor = Monitor();
        monitor.Record(ClearanceRate, East, D(2020, 12, 31), 63m);
        monitor.Record(ClearanceRate, South, D(2020, 12, 31), 63m);
        monitor.Record(ResponseTime, East, D(2020, 12, 31), 19m);
        monitor.Record(ResponseTime, South, D(2020, 12, 31), 19m);

        var result = monitor.Evaluate(Final, D(2020, 12, 31));

        Assert.Equal(Decision.Terminate, result.Decision);
        Assert.Null(result.Rule);
    }

    [Fact]
    public void Missing_data_leaves_criteria_unknown_and_the_decision_undetermined_never_otherwise()
    {
        var monitor = Monitor();
        monitor.Record(ClearanceRate, East, D(2020, 12, 31), 78m);

        var result = monitor.Evaluate(Final, D(2020, 12, 31));

        // South has no clearance and nobody a response time: both criteria are open, so
        // "all met" and "any met" are open, and the data could still lead to any of the three.
        Assert.Equal([null, null], result.Criteria.Select(c => c.Outcome));
        Assert.Equal(Decision.Undetermined, result.Decision);
        Assert.True(result.IsUndetermined);
        Assert.Null(result.Rule);
        Assert.Equal([Decision.ScaleUp, Decision.Extend, Decision.Terminate], result.PossibleDecisions);
    }

    [Fact]
    public void Data_recorded_after_the_evaluation_date_does_not_count()
    {
        var monitor = Monitor();
        foreach (var site in PilotSites)
        {
            monitor.Record(ClearanceRate, site, D(2021, 3, 31), 80m);
            monitor.Record(ResponseTime, site, D(2021, 3, 31), 10m);
        }

        Assert.Equal(Decision.Undetermined, monitor.Evaluate(Final, D(2020, 12, 31)).Decision);
        Assert.Equal(Decision.ScaleUp, monitor.Evaluate(Final, D(2021, 3, 31)).Decision);
    }

    [Fact]
    public void Without_otherwise_an_unmatched_evaluation_decides_nothing()
    {
        var evaluation = new EvaluationDefinition("e", null, null, [new Criterion("false", _ => false)], [new DecisionRule(Decision.ScaleUp, "all met", (_, m) => m.AllMet)], otherwise: null);
        var monitor = new PilotMonitor(Definition([evaluation]));

        var result = monitor.Evaluate(evaluation, D(2020, 1, 1));

        Assert.Null(result.Decision);
        Assert.Throws<InvalidOperationException>(() => new MonitoredEvaluation(monitor, evaluation).EvaluateAsScheduled());
    }
}
