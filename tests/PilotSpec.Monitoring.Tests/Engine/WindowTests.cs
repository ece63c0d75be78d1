namespace PilotSpec.Monitoring.Tests.Engine;

/// <summary>
/// Evaluation windows: `window: 4 quarters`, `window: start of Reform`, `window: D1, D2`. A
/// quarterly execution rate at one project: 78 on 2020-12-31, then 84, 88, 91, 93 in 2021 and
/// 95 on 2022-03-31.
/// </summary>
public sealed class WindowTests
{
    private static readonly Site Project = new("RuralSchools");
    private static readonly IndicatorDefinition Rate = new("execution_rate", unit: "percent", direction: Direction.HigherIsBetter, baseline: 70m, baselineDate: new DateTime(2019, 12, 31), frequency: PeriodUnit.Quarter);

    private static EvaluationContext Context(DateTime asOf, EvaluationWindow? window)
    {
        var store = new ObservationStore(new ObservationStoreOptions { Clock = Clocks.Fixed(new DateTime(2030, 1, 1)) });
        store.Record(Rate, Project, new DateTime(2020, 12, 31), 78m);
        store.Record(Rate, Project, new DateTime(2021, 3, 31), 84m);
        store.Record(Rate, Project, new DateTime(2021, 6, 30), 88m);
        store.Record(Rate, Project, new DateTime(2021, 9, 30), 91m);
        store.Record(Rate, Project, new DateTime(2021, 12, 31), 93m);
        store.Record(Rate, Project, new DateTime(2022, 3, 31), 95m);
        return new EvaluationContext(store, asOf).Within(window);
    }

    [Fact]
    public void Without_a_window_everything_up_to_the_date_counts_and_changes_are_from_the_baseline()
    {
        var context = Context(new DateTime(2021, 12, 31), null);

        // (78 + 84 + 88 + 91 + 93) / 5 = 434 / 5 = 86.8; 93 - 70 (programme baseline) = 23.
        Assert.Equal(86.8m, context.Mean(Rate, Project));
        Assert.Equal(23m, context.Change(Rate, Project));
    }

    [Fact]
    public void The_last_four_quarters_read_2021_only_and_change_from_the_value_as_the_window_opened()
    {
        var window = EvaluationWindow.Last(4, PeriodUnit.Quarter);
        var context = Context(new DateTime(2021, 12, 31), window);

        Assert.Equal((new DateTime(2021, 1, 1), new DateTime(2021, 12, 31)), (window.StartFor(new DateTime(2021, 12, 31)), window.EndFor(new DateTime(2021, 12, 31))));

        // (84 + 88 + 91 + 93) / 4 = 356 / 4 = 89; change 93 - 78 (2020-12-31, the last value before the window) = 15,
        // relative 15 / 78 = 19.2307...%.
        Assert.Equal(89m, context.Mean(Rate, Project));
        Assert.Equal(15m, context.Change(Rate, Project));
        Assert.Equal(19.2308m, decimal.Round(context.RelativeChange(Rate, Project)!.Value, 4));

        // Trend: 84, 88, 91, 93 at days 0, 91, 183, 275 from 2021-03-31; slope per quarter ≈ 3.0 (a hand fit:
        // Σdx·dy / Σdx² = 2,272.75 / 69,314.75 per day × 91.3125 days ≈ 2.994).
        Assert.Equal(2.99, (double)context.Trend(Rate, Project)!.Value, 2);
    }

    [Fact]
    public void A_window_between_two_days_ends_before_the_evaluation()
    {
        // 2021-04-01 .. 2021-09-30: 88 and 91; the value as it opened is 84 (2021-03-31).
        var context = Context(new DateTime(2022, 3, 31), EvaluationWindow.Between(new DateTime(2021, 4, 1), new DateTime(2021, 9, 30)));

        Assert.Equal(89.5m, context.Mean(Rate, Project));   // (88 + 91) / 2
        Assert.Equal(91m, context.Latest(Rate, Project));
        Assert.Equal(7m, context.Change(Rate, Project));    // 91 - 84
    }

    [Fact]
    public void A_window_from_a_day_before_any_observation_changes_from_the_site_baseline()
    {
        // From 2020-01-01: nothing before it, so the change is from the programme baseline 70: 93 - 70 = 23.
        var context = Context(new DateTime(2021, 12, 31), EvaluationWindow.Between(new DateTime(2020, 1, 1), null));

        Assert.Equal(23m, context.Change(Rate, Project));
        Assert.Equal(86.8m, context.Mean(Rate, Project));
    }

    [Fact]
    public void A_window_with_no_observation_in_it_has_no_mean_and_no_latest_value()
    {
        // 2021-10-01 .. 2021-11-30 holds no observation.
        var context = Context(new DateTime(2021, 12, 31), EvaluationWindow.Between(new DateTime(2021, 10, 1), new DateTime(2021, 11, 30)));

        Assert.Null(context.Mean(Rate, Project));
        Assert.Null(context.Latest(Rate, Project));
        Assert.Null(context.Change(Rate, Project));
    }

    [Fact]
    public void An_evaluation_applies_its_window_to_every_criterion_and_reports_its_own_date()
    {
        var criterion = new Criterion("execution_rate.mean >= 89% at all sites", new QuantifiedExpr(Quantifier.All, null, [Project], null,
            new BinaryExpr(BinaryOperator.GreaterOrEqual, new IndicatorExpr(Rate, ValueMember.Mean), new ConstantExpr(89m))));
        var windowed = new EvaluationDefinition("annual", null, null, [criterion], [], Decision.Adjust, window: EvaluationWindow.Last(4, PeriodUnit.Quarter));
        var unwindowed = new EvaluationDefinition("annual", null, null, [criterion], [], Decision.Adjust);
        var store = Context(new DateTime(2021, 12, 31), null).Source;

        // Over 2021 the mean is 89 (met); over everything it is 86.8 (not met).
        Assert.True(windowed.Evaluate(new EvaluationContext(store, new DateTime(2021, 12, 31))).Criteria[0].Outcome);
        Assert.False(unwindowed.Evaluate(new EvaluationContext(store, new DateTime(2021, 12, 31))).Criteria[0].Outcome);
        Assert.Equal(new DateTime(2021, 12, 31), windowed.Evaluate(new EvaluationContext(store, new DateTime(2021, 12, 31))).AsOf);
    }

    [Fact]
    public void A_window_refuses_no_periods_and_an_end_before_its_start()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EvaluationWindow.Last(0, PeriodUnit.Quarter));
        Assert.Throws<ArgumentException>(() => EvaluationWindow.Between(new DateTime(2021, 2, 1), new DateTime(2021, 1, 1)));
    }
}
