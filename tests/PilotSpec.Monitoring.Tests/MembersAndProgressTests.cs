using static PilotSpec.Monitoring.Tests.TestPilot;

namespace PilotSpec.Monitoring.Tests;

public sealed class MembersAndProgressTests
{
    [Theory]
    [InlineData(62, 0)]
    [InlineData(69.5, 0.5)]
    [InlineData(77, 1)]
    [InlineData(80, 1.2)]
    [InlineData(59, -0.2)]
    public void Progress_of_a_higher_is_better_rate_runs_from_baseline_to_target(decimal latest, decimal expected)
    {
        Assert.Equal(expected, SeriesStatistics.Progress(latest, ClearanceRate.Baseline, ClearanceRate.Target));
    }

    [Theory]
    [InlineData(18, 0)]
    [InlineData(15, 0.5)]
    [InlineData(12, 1)]
    [InlineData(21, -0.5)]
    public void Progress_of_a_lower_is_better_time_counts_falls_as_progress(decimal latest, decimal expected)
    {
        Assert.Equal(expected, SeriesStatistics.Progress(latest, ResponseTime.Baseline, ResponseTime.Target));
    }

    [Fact]
    public void Progress_is_unknown_without_a_value_baseline_or_distinct_target()
    {
        Assert.Null(SeriesStatistics.Progress(null, 62m, 77m));
        Assert.Null(SeriesStatistics.Progress(70m, null, 77m));
        Assert.Null(SeriesStatistics.Progress(70m, 62m, null));
        Assert.Null(SeriesStatistics.Progress(70m, 62m, 62m));
    }

    [Fact]
    public void Target_reached_follows_the_better_direction()
    {
        Assert.True(SeriesStatistics.TargetReached(77m, ClearanceRate));
        Assert.False(SeriesStatistics.TargetReached(76.9m, ClearanceRate));
        Assert.True(SeriesStatistics.TargetReached(11m, ResponseTime));
        Assert.False(SeriesStatistics.TargetReached(13m, ResponseTime));

        // Without `better:`, the target's side of the baseline says which way is better.
        var falling = new IndicatorDefinition("cost", baseline: 100m, target: 90m);
        Assert.True(SeriesStatistics.TargetReached(85m, falling));
        Assert.False(SeriesStatistics.TargetReached(95m, falling));
        Assert.Null(SeriesStatistics.TargetReached(null, falling));
    }

    [Fact]
    public void Change_is_read_in_points_or_relative_to_the_baseline()
    {
        var store = new ObservationStore();
        store.Record(ClearanceRate, East, D(2020, 12, 31), 71.3m);
        var context = new EvaluationContext(store, D(2020, 12, 31));

        // 62% -> 71.3% is +9.3 points, and +15% relative: not the same criterion.
        Assert.Equal(9.3m, context.Change(ClearanceRate, East));
        Assert.Equal(15m, context.RelativeChange(ClearanceRate, East));
    }

    [Fact]
    public void Relative_change_of_a_zero_baseline_is_unknown()
    {
        var zero = new IndicatorDefinition("suggestions", baseline: 0m, target: 120m);
        var store = new ObservationStore();
        store.Record(zero, East, D(2020, 1, 1), 50m);
        var context = new EvaluationContext(store, D(2020, 1, 1));

        Assert.Equal(50m, context.Change(zero, East));
        Assert.Null(context.RelativeChange(zero, East));
    }

    [Fact]
    public void Members_read_only_data_up_to_the_evaluation_date()
    {
        var store = new ObservationStore();
        store.Record(ResponseTime, East, D(2019, 4, 30), 18m);
        store.Record(ResponseTime, East, D(2019, 5, 31), 16m);
        store.Record(ResponseTime, East, D(2019, 6, 30), 11m);

        var may = new EvaluationContext(store, D(2019, 5, 31));
        Assert.Equal(16m, may.Latest(ResponseTime, East));
        Assert.Equal(17m, may.Mean(ResponseTime, East));
        Assert.Equal(-2m, may.Change(ResponseTime, East));
        Assert.Equal(2m / 6m, may.Progress(ResponseTime, East));
        Assert.False(may.TargetReached(ResponseTime, East));

        var june = new EvaluationContext(store, D(2019, 6, 30));
        Assert.Equal(11m, june.Latest(ResponseTime, East));
        Assert.Equal(15m, june.Mean(ResponseTime, East));
        Assert.True(june.TargetReached(ResponseTime, East));

        var before = new EvaluationContext(store, D(2019, 4, 29));
        Assert.Null(before.Latest(ResponseTime, East));
        Assert.Null(before.Mean(ResponseTime, East));
    }

    [Fact]
    public void Trend_is_the_fitted_change_per_measurement_period()
    {
        var store = new ObservationStore();
        var yearly = new IndicatorDefinition("survey", baseline: 70m, frequency: PeriodUnit.Year);

        // +2 a year, exactly one year apart (2021 and 2022 are not leap years).
        store.Record(yearly, East, D(2021, 1, 1), 70m);
        store.Record(yearly, East, D(2022, 1, 1), 72m);
        store.Record(yearly, East, D(2023, 1, 1), 74m);
        var context = new EvaluationContext(store, D(2023, 12, 31));

        var trend = context.Trend(yearly, East);
        Assert.NotNull(trend);
        Assert.Equal(2m, Math.Round(trend!.Value, 2));
        Assert.Equal(2.86m, Math.Round(context.RelativeTrend(yearly, East)!.Value, 2));

        var single = new EvaluationContext(store, D(2021, 6, 1));
        Assert.Null(single.Trend(yearly, East));
    }

    [Fact]
    public void Arithmetic_is_unknown_on_unknown_input_division_by_zero_and_overflow()
    {
        Assert.Equal(5m, Arithmetic.Add(2m, 3m));
        Assert.Null(Arithmetic.Add(null, 3m));
        Assert.Null(Arithmetic.Divide(3m, 0m));
        Assert.Null(Arithmetic.Multiply(decimal.MaxValue, 2m));
        Assert.Equal(-3m, Arithmetic.Negate(3m));
    }

    [Fact]
    public void Comparisons_with_an_unknown_side_are_unknown()
    {
        Assert.True(Compare.Greater(21m, 20m));
        Assert.False(Compare.Greater(20m, 20m));
        Assert.True(Compare.GreaterOrEqual(20m, 20m));
        Assert.Null(Compare.Greater(null, 20m));
        Assert.Null(Compare.NotEqual(20m, null));
        Assert.True(Compare.Less(D(2019, 1, 1), D(2019, 1, 2)));
        Assert.True(Compare.Equal("东城区", "东城区"));
        Assert.True(Compare.Less(false, true));
    }
}
