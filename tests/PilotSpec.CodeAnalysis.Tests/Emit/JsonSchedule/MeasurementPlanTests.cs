using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Scheduling;
using PilotSpec.CodeAnalysis.Tests.Emit.JsonSchedule.Reference;

namespace PilotSpec.CodeAnalysis.Tests.Emit.JsonSchedule;

/// <summary>
/// The measurement due dates (docs/language.md "Measurement due dates"): from each site's
/// first phase start, one per whole period, each due the day after its period's last day,
/// waves staggered. Each case is read both ways: from
/// the format 1 expansion (<see cref="MeasurementPlan"/>, the reference) and from the
/// emitted format 2 schedule expanded by PilotSpec.Monitoring's reader; both must give the
/// dates worked out by hand.
/// </summary>
public sealed class MeasurementPlanTests
{
    private static string Spec(string frequency, string body, string pilotEnd = "end: 2025-12-31") => $$"""
        pilot P { owner: "o"; problem: "p"; start: 2020-01-01; {{pilotEnd}}
            indicator wait { unit: minutes; better: lower; baseline: 40 minutes on 2019-12-31; target: 20 minutes by 2025-12-31; measured: {{frequency}} from "queue system" }
            {{body}}
        }
        """;

    private static Plans Plan(string text)
    {
        var compilation = ScheduleEmit.Compile(text);
        Assert.DoesNotContain(compilation.GetDiagnostics(), d => d.IsError);
        var compact = ExpandedSchedule.Measurements(ScheduleEmit.Json(text));
        return new Plans(MeasurementPlan.Create(compilation.Program, compilation.Schedule), compact);
    }

    private static IReadOnlyList<string> Due(Plans plan, string site)
    {
        var reference = plan.Reference.Indicators.Single().Sites.Single(s => s.Site.Name == site).DueDates.Select(d => d.ToString("yyyy-MM-dd")).ToList();
        var compact = plan.Compact.Expand("wait", site).Select(d => d.Date.ToString("yyyy-MM-dd")).ToList();
        Assert.Equal(reference, compact);
        return compact;
    }

    private sealed record Plans(MeasurementPlan Reference, PilotSpec.Monitoring.Scheduling.ScheduledMeasurements Compact)
    {
        public ImmutableArray<IndicatorMeasurements> Indicators => Reference.Indicators;
    }

    [Fact]
    public void Monthly_over_staggered_waves_counts_each_date_from_the_site_start_and_keeps_month_ends()
    {
        var plan = Plan(Spec("monthly", """
            site A { level: county }
            site B { level: county }
            wave w1 = [A]
            wave w2 = [B]
            phase Run { start: 2024-01-31; duration: 6 months; in: w1, w2; stagger: 1 month }
            """));

        // 2024 is a leap year: Jan 31 + 1 month is Feb 29, and the next is Mar 31 (not Mar 29).
        // The phase's last day is 2024-07-30 (Jan 31 + 6 months, less a day): its close, Jul 31, is due.
        Assert.Equal(["2024-02-29", "2024-03-31", "2024-04-30", "2024-05-31", "2024-06-30", "2024-07-31"], Due(plan, "A"));
        // The second wave starts a month later (Feb 29) and is measured from there; its last
        // day is Aug 28, so Until, the close, is Aug 29.
        Assert.Equal(["2024-03-29", "2024-04-29", "2024-05-29", "2024-06-29", "2024-07-29", "2024-08-29"], Due(plan, "B"));
        var b = plan.Indicators.Single().Sites.Single(s => s.Site.Name == "B");
        Assert.Equal(new DateTime(2024, 2, 29), b.From);
        Assert.Equal(new DateTime(2024, 8, 29), b.Until);
        Assert.Equal(MeasurementFrequency.Monthly, plan.Indicators.Single().Frequency);
    }

    [Fact]
    public void Quarterly_over_three_staggered_waves_runs_to_the_last_phase_at_each_site()
    {
        var plan = Plan(Spec("quarterly", """
            site A { level: county }
            site B { level: county }
            site C { level: county }
            wave w1 = [A]
            wave w2 = [B]
            wave w3 = [C]
            phase Rollout { start: 2020-04-01; duration: 12 months; in: w1, w2, w3; stagger: 3 months }
            phase Final { after: Rollout; duration: 3 months; in: all sites }
            """));

        // Final runs 2021-10-01 to 2021-12-31 (its last day) everywhere, after the last wave's
        // rollout: the quarter that ends on Dec 31 is due on its close, 2022-01-01.
        Assert.Equal(["2020-07-01", "2020-10-01", "2021-01-01", "2021-04-01", "2021-07-01", "2021-10-01", "2022-01-01"], Due(plan, "A"));
        Assert.Equal(["2020-10-01", "2021-01-01", "2021-04-01", "2021-07-01", "2021-10-01", "2022-01-01"], Due(plan, "B"));
        Assert.Equal(["2021-01-01", "2021-04-01", "2021-07-01", "2021-10-01", "2022-01-01"], Due(plan, "C"));
    }

    [Theory]
    [InlineData("24 months", new[] { "2021-03-01", "2022-03-01" })]   // last day 2022-02-28: the second year closes, due the day after
    [InlineData("23 months", new[] { "2021-03-01" })]                 // last day 2022-01-31: no partial year
    [InlineData("11 months", new string[0])]
    public void Annually_is_due_once_per_whole_year(string duration, string[] expected)
    {
        var plan = Plan(Spec("annually", $$"""
            site A { level: county }
            phase Run { start: 2020-03-01; duration: {{duration}}; in: A }
            """));

        Assert.Equal(expected, Due(plan, "A"));
    }

    // docs/language.md, "Measurement due dates": a 6-month phase from 2024-01-31 has its last
    // day on 2024-07-30; each period is due the day after it closes, the last on 2024-07-31.
    [Theory]
    [InlineData("monthly", new[] { "2024-02-29", "2024-03-31", "2024-04-30", "2024-05-31", "2024-06-30", "2024-07-31" })]
    [InlineData("quarterly", new[] { "2024-04-30", "2024-07-31" })]
    public void The_worked_example_of_the_language_reference(string frequency, string[] expected)
    {
        var plan = Plan(Spec(frequency, """
            site A { level: county }
            phase Run { start: 2024-01-31; duration: 6 months; in: A }
            """));

        Assert.Equal(expected, Due(plan, "A"));
        Assert.Equal(new DateTime(2024, 7, 31), plan.Indicators.Single().Sites.Single().Until);
    }

    [Fact]
    public void Weekly_and_semiannually_step_by_seven_days_and_six_months()
    {
        var body = """
            site A { level: county }
            phase Run { start: 2024-01-01; duration: 1 month; in: A }
            """;
        Assert.Equal(["2024-01-08", "2024-01-15", "2024-01-22", "2024-01-29"], Due(Plan(Spec("weekly", body)), "A"));

        var year = body.Replace("1 month", "12 months");
        Assert.Equal(["2024-07-01", "2025-01-01"], Due(Plan(Spec("semiannually", year)), "A"));
    }

    [Fact]
    public void An_open_ended_phase_is_measured_until_the_pilot_planned_end()
    {
        var body = """
            site A { level: county }
            phase Run { start: 2024-01-01; duration: 3 months; in: A }
            phase ScaleUp { after: Run; in: A }
            """;

        var withEnd = Plan(Spec("quarterly", body, "end: 2025-01-01"));
        Assert.Equal(["2024-04-01", "2024-07-01", "2024-10-01", "2025-01-01"], Due(withEnd, "A"));

        // Without a planned end only the known phase end bounds it: Run's last day is
        // 2024-03-31, so the span closes, and its one quarter is due, on 2024-04-01.
        var withoutEnd = Plan(Spec("quarterly", body, pilotEnd: ""));
        Assert.Equal(["2024-04-01"], Due(withoutEnd, "A"));
        Assert.Equal(new DateTime(2024, 4, 1), withoutEnd.Indicators.Single().Sites.Single().Until);
    }

    [Fact]
    public void Gaps_between_phases_are_measured_and_only_sites_with_a_phase_count()
    {
        var plan = Plan(Spec("monthly", """
            site A { level: county }
            site Idle { level: county }
            site Control { level: county; role: comparison }
            phase First { start: 2024-01-01; duration: 2 months; in: A }
            phase Second { start: 2024-05-01; duration: 1 month; in: A, Control }
            """));

        var sites = plan.Indicators.Single().Sites;
        Assert.Equal(["A", "Control"], sites.Select(s => s.Site.Name));
        Assert.Equal(["2024-02-01", "2024-03-01", "2024-04-01", "2024-05-01", "2024-06-01"], Due(plan, "A"));
        Assert.Equal(["2024-06-01"], Due(plan, "Control"));
    }

    [Fact]
    public void Indicators_without_a_frequency_have_no_plan()
    {
        var compilation = ScheduleEmit.Compile(Spec("monthly", """
            indicator spent { unit: CNY; baseline: 10 CNY on 2019-12-31 }
            site A { level: county }
            phase Run { start: 2024-01-01; duration: 2 months; in: A }
            """));
        var plan = MeasurementPlan.Create(compilation.Program, compilation.Schedule);

        Assert.Equal(["wait"], plan.Indicators.Select(i => i.Indicator.Name));
        Assert.Null(plan.Of(compilation.Program.Indicators.Single(i => i.Name == "spent")));
        Assert.NotNull(plan.Of(compilation.Program.Indicators.Single(i => i.Name == "wait")));
    }

    [Fact]
    public void Dates_stop_at_the_limit_and_the_site_is_marked_truncated()
    {
        var site = SomeSite();
        var start = new DateTime(2000, 1, 3);

        var atLimit = MeasurementPlan.Measure(site, start, start.AddDays(7 * MeasurementPlan.MaxDueDatesPerSite), MeasurementFrequency.Weekly);
        Assert.Equal(MeasurementPlan.MaxDueDatesPerSite, atLimit.DueDates.Length);
        Assert.False(atLimit.IsTruncated);
        var atLimitCompact = Recurrence.Over(MeasurementFrequency.Weekly, start, start.AddDays(7 * DueDates.MaxPerSite));
        Assert.Equal((10_000, false, start.AddDays(7 * 10_000)), (atLimitCompact.Count, atLimitCompact.IsTruncated, atLimitCompact.Last));

        var beyond = MeasurementPlan.Measure(site, start, start.AddDays(7 * (MeasurementPlan.MaxDueDatesPerSite + 1)), MeasurementFrequency.Weekly);
        Assert.Equal(MeasurementPlan.MaxDueDatesPerSite, beyond.DueDates.Length);
        Assert.True(beyond.IsTruncated);
        var beyondCompact = Recurrence.Over(MeasurementFrequency.Weekly, start, start.AddDays(7 * (DueDates.MaxPerSite + 1)));
        Assert.Equal((10_000, true, start.AddDays(7)), (beyondCompact.Count, beyondCompact.IsTruncated, beyondCompact.First));

        // Centuries of weeks are counted without listing them, and still stop at the limit.
        var centuries = Recurrence.Over(MeasurementFrequency.Weekly, start, new DateTime(9000, 1, 1));
        Assert.Equal((10_000, true), (centuries.Count, centuries.IsTruncated));
    }

    [Fact]
    public void The_end_of_the_calendar_ends_the_dates_without_an_exception()
    {
        var plan = MeasurementPlan.Measure(SomeSite(), new DateTime(9999, 6, 1), DateTime.MaxValue.Date, MeasurementFrequency.Annually);

        Assert.Empty(plan.DueDates);
        Assert.Null(MeasurementPlan.DueDate(new DateTime(9999, 6, 1), 1, MeasurementFrequency.Annually));
        var compact = Recurrence.Over(MeasurementFrequency.Annually, new DateTime(9999, 6, 1), DateTime.MaxValue.Date);
        Assert.Equal((0, false, (DateTime?)null), (compact.Count, compact.IsTruncated, compact.First));
        // The last due date a monthly recurrence can reach: 9999-12-01 from 9999-01-01.
        Assert.Equal(11, Recurrence.Over(MeasurementFrequency.Monthly, new DateTime(9999, 1, 1), DateTime.MaxValue.Date).Count);
    }

    [Fact]
    public void No_end_means_no_dates()
    {
        var plan = MeasurementPlan.Measure(SomeSite(), new DateTime(2024, 1, 1), null, MeasurementFrequency.Monthly);

        Assert.Empty(plan.DueDates);
        Assert.Null(plan.Until);
        Assert.Equal(0, Recurrence.Over(MeasurementFrequency.Monthly, new DateTime(2024, 1, 1), null).Count);
    }

    private static SiteSymbol SomeSite() =>
        ScheduleEmit.Compile("pilot P { site A { level: county } }").Program.Sites.Single();
}
