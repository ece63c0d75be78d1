using static PilotSpec.Monitoring.Tests.TestPilot;

namespace PilotSpec.Monitoring.Tests;

/// <summary>`response_time > 20 minutes for 2 consecutive months` at one site.</summary>
public sealed class SustainedTests
{
    private static bool? SlowForTwoMonths(ObservationStore store, DateTime asOf, Site site)
    {
        var context = new EvaluationContext(store, asOf);
        return Sustained.Holds(context, [site], [ResponseTime], 2, PeriodUnit.Month, c => Compare.Greater(c.Latest(ResponseTime, site), 20m));
    }

    private static ObservationStore Monthly(params (int Month, decimal Value)[] values)
    {
        var store = new ObservationStore();
        foreach (var (month, value) in values)
        {
            store.Record(ResponseTime, East, D(2019, month, 28), value);
        }

        return store;
    }

    [Fact]
    public void Holds_when_the_last_two_months_are_both_above()
    {
        Assert.True(SlowForTwoMonths(Monthly((4, 15m), (5, 21m), (6, 22m)), D(2019, 6, 30), East));
    }

    [Fact]
    public void Fails_when_one_of_the_last_two_months_is_not_above()
    {
        Assert.False(SlowForTwoMonths(Monthly((4, 21m), (5, 19m), (6, 22m)), D(2019, 6, 30), East));
        Assert.False(SlowForTwoMonths(Monthly((5, 21m), (6, 20m)), D(2019, 6, 30), East));
    }

    [Fact]
    public void A_missing_month_breaks_the_run()
    {
        // April and June slow, May never measured: not two consecutive months.
        Assert.Null(SlowForTwoMonths(Monthly((4, 25m), (6, 22m)), D(2019, 6, 30), East));
    }

    [Fact]
    public void Counts_back_from_the_latest_month_with_data()
    {
        // On July 10th the July figure is not in yet: May and June decide.
        Assert.True(SlowForTwoMonths(Monthly((5, 21m), (6, 22m)), D(2019, 7, 10), East));
    }

    [Fact]
    public void Ignores_data_after_the_evaluation_date()
    {
        var store = Monthly((5, 21m), (6, 22m), (7, 10m));
        Assert.True(SlowForTwoMonths(store, D(2019, 6, 30), East));
        Assert.False(SlowForTwoMonths(store, D(2019, 7, 31), East));
    }

    [Fact]
    public void Is_unknown_without_any_data()
    {
        Assert.Null(SlowForTwoMonths(new ObservationStore(), D(2019, 6, 30), East));
    }

    [Fact]
    public void A_quarterly_run_counts_quarters()
    {
        var store = new ObservationStore();
        store.Record(ClearanceRate, East, D(2019, 3, 31), 60m);
        store.Record(ClearanceRate, East, D(2019, 6, 30), 59m);
        var context = new EvaluationContext(store, D(2019, 7, 15));

        bool? BelowBaseline(EvaluationContext c) => Compare.Less(c.Latest(ClearanceRate, East), c.Baseline(ClearanceRate));

        Assert.True(Sustained.Holds(context, [East], [ClearanceRate], 2, PeriodUnit.Quarter, BelowBaseline));
        Assert.Null(Sustained.Holds(context, [East], [ClearanceRate], 3, PeriodUnit.Quarter, BelowBaseline));
    }
}
