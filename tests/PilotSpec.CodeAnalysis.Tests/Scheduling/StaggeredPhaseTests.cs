using System.Globalization;
using PilotSpec.CodeAnalysis.Scheduling;
using PilotSpec.CodeAnalysis.Tests.TestSupport;

namespace PilotSpec.CodeAnalysis.Tests.Scheduling;

/// <summary>
/// The semantics of staggered phases (docs/language.md, "Staggered phases"), on dates
/// computed by hand: a wave follows its own wave of the phase it is `after:`; a written
/// `end:` is common to every wave; a wave the common end leaves no time is PS0726.
/// </summary>
public sealed class StaggeredPhaseTests
{
    // Three waves of one site each; Lag runs them a quarter apart, three months each:
    // w1 2022-01-01..2022-03-31, w2 2022-04-01..2022-06-30, w3 2022-07-01..2022-09-30.
    private const string Waves = """
        site A { level: county }
        site B { level: county }
        site C { level: county }
        site D { level: county }
        wave w1 = [A]
        wave w2 = [B]
        wave w3 = [C]
        wave w4 = [D]
        phase Lag { start: 2022-01-01; duration: 3 months; in: w1, w2, w3; stagger: 1 quarter }
        """;

    [Fact]
    public void Earlier_phase_is_staggered_one_quarter_apart()
    {
        var schedule = Compile("");

        Assert.Equal(["A 2022-01-01..2022-03-31", "B 2022-04-01..2022-06-30", "C 2022-07-01..2022-09-30"], Windows(schedule, "Lag"));
    }

    [Fact]
    public void Each_wave_follows_its_own_wave_and_a_written_end_is_common()
    {
        // The case: before, every wave started after Lag's last wave (2022-10-01) and
        // its end moved a quarter per wave, so no window ended where the spec said.
        var schedule = Compile("phase Treat { after: Lag; end: 2022-12-31; in: w1, w2, w3; stagger: 1 quarter }");

        Assert.Equal(["A 2022-04-01..2022-12-31", "B 2022-07-01..2022-12-31", "C 2022-10-01..2022-12-31"], Windows(schedule, "Treat"));
        var treat = schedule.Phases.Single(p => p.Phase.Name == "Treat");
        Assert.Equal(("2022-04-01", "2022-12-31"), (Format(treat.Start), Format(treat.End)));
    }

    [Fact]
    public void Written_end_at_a_month_end_is_not_moved_a_day_early()
    {
        // 2022-06-30 + 2 quarters used to give 2022-12-30 for the third wave.
        var schedule = Compile("phase Run { start: 2022-01-01; end: 2022-12-31; in: w1, w2, w3; stagger: 1 quarter }");

        Assert.Equal(["A 2022-01-01..2022-12-31", "B 2022-04-01..2022-12-31", "C 2022-07-01..2022-12-31"], Windows(schedule, "Run"));
    }

    [Fact]
    public void Offset_after_a_staggered_phase_applies_to_each_wave()
    {
        // w1: Lag ends 03-31, next day 04-01, + 1 month = 05-01; two months to 06-30. w2: 07-01 + 1 month = 08-01.
        var schedule = Compile("phase Follow { after: Lag + 1 month; duration: 2 months; in: w1, w2 }");

        Assert.Equal(["A 2022-05-01..2022-06-30", "B 2022-08-01..2022-09-30"], Windows(schedule, "Follow"));
    }

    [Fact]
    public void Wave_new_to_the_phase_starts_after_the_whole_earlier_phase_and_its_stagger()
    {
        // w1 follows its own wave (04-01); w4 did not run in Lag: Lag's end 09-30, next day 10-01, index 1 × 1 month = 11-01.
        var schedule = Compile("phase Follow { after: Lag; duration: 1 month; in: w1, w4; stagger: 1 month }");

        Assert.Equal(["A 2022-04-01..2022-04-30", "D 2022-11-01..2022-11-30"], Windows(schedule, "Follow"));
    }

    [Fact]
    public void Phase_over_all_sites_after_a_staggered_phase_waits_for_its_last_wave()
    {
        var schedule = Compile("phase Review { after: Lag; duration: 1 month; in: all sites }");

        Assert.Equal(["A 2022-10-01..2022-10-31", "B 2022-10-01..2022-10-31", "C 2022-10-01..2022-10-31", "D 2022-10-01..2022-10-31"], Windows(schedule, "Review"));
    }

    [Fact]
    public void Wave_starting_after_the_common_end_is_reported_on_the_end()
    {
        var spec = CheckedSpec.Compile(Waves + "\nphase Short { start: 2022-01-01; end: 2022-06-30; in: w1, w2, w3, w4; stagger: 1 quarter }\n");

        spec.AssertOne("PS0726", PilotSpec.CodeAnalysis.Diagnostics.DiagnosticSeverity.Error, line: 10, column: 39,
            "In the phase 'Short', the wave 'w3' starts on 2022-07-01, after the phase's common end on 2022-06-30: that wave gets no time at all.");
        // Once, naming w3: w4 (later still) follows from the same end; w1 and w2 have time.
        Assert.Equal(["PS0726"], spec.Diagnostics.Where(d => d.IsError).Select(d => d.Id));
    }

    [Fact]
    public void A_lag_on_a_roll_out_that_follows_its_waves_starts_each_waves_exposure_after_its_own_start()
    {
        // Treat follows Lag wave by wave (A from 2022-04-01, B 07-01, C 10-01) to the common end
        // 2022-12-31; a two-month lag puts each wave's exposure two months after its own start:
        // A 04-01 + 2 months = 06-01 (transition 04-01..05-31), B 09-01, C 12-01 (transition to 11-30).
        var schedule = Compile("phase Treat { after: Lag; end: 2022-12-31; in: w1, w2, w3; stagger: 1 quarter; lag: 2 months }");

        var steps = WedgeSteps.Of(schedule.Phases.Single(p => p.Phase.Name == "Treat"));

        Assert.Equal(
            ["A 2022-04-01..2022-05-31 exposed 2022-06-01..2022-12-31", "B 2022-07-01..2022-08-31 exposed 2022-09-01..2022-12-31", "C 2022-10-01..2022-11-30 exposed 2022-12-01..2022-12-31"],
            steps.Select(s => $"{s.Sites.Single().Name} {Format(s.Start)}..{Format(s.TransitionEnd)} exposed {Format(s.ExposedFrom)}..{Format(s.End)}"));
    }

    [Fact]
    public void A_lag_longer_than_the_step_overlaps_the_next_waves_start_and_a_month_end_start_keeps_month_ends()
    {
        // Starts one month apart from 2024-01-31: w1 01-31, w2 02-29 (a leap year, the month's last
        // day), w3 03-31. A lag of 2 months: w1 exposed from 03-31, w2 from 04-29, w3 from 05-31,
        // so w1's transition (01-31..03-30) covers w2's and w3's starts.
        var schedule = Compile("phase Roll { start: 2024-01-31; end: 2024-12-31; in: w1, w2, w3; stagger: 1 month; lag: 2 months }");

        var steps = WedgeSteps.Of(schedule.Phases.Single(p => p.Phase.Name == "Roll"));

        Assert.Equal(
            ["A 2024-01-31..2024-03-30 exposed 2024-03-31", "B 2024-02-29..2024-04-28 exposed 2024-04-29", "C 2024-03-31..2024-05-30 exposed 2024-05-31"],
            steps.Select(s => $"{s.Sites.Single().Name} {Format(s.Start)}..{Format(s.TransitionEnd)} exposed {Format(s.ExposedFrom)}"));
    }

    private static PilotSchedule Compile(string phase) => Specs.Compile(Waves + "\n" + phase + "\n").Schedule;

    private static string[] Windows(PilotSchedule schedule, string phase) =>
        schedule.Phases.Single(p => p.Phase.Name == phase).Sites.Select(w => $"{w.Site.Name} {Format(w.Start)}..{Format(w.End)}").ToArray();

    private static string? Format(System.DateTime? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
