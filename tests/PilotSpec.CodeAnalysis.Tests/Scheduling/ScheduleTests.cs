using System.Globalization;
using PilotSpec.CodeAnalysis.Scheduling;
using PilotSpec.CodeAnalysis.Tests.TestSupport;

namespace PilotSpec.CodeAnalysis.Tests.Scheduling;

/// <summary>The timeline a spec resolves to: staggered waves, phases after phases (with an offset), fixed ends, evaluations.</summary>
public sealed class ScheduleTests
{
    private const string Sites = """
        site Dongcheng "East district" { level: county }
        site Nancheng "South district" { level: county }
        site Beicheng "North district" { level: county }
        site Xicheng "West district" { level: county; role: comparison }
        wave first = [Dongcheng]
        wave second = [Nancheng, Beicheng]
        """;

    [Fact]
    public void Waves_start_one_stagger_apart_in_the_order_listed()
    {
        var phase = Phase($$"""
            {{Sites}}
            phase Rollout { start: 2019-01-31; duration: 12 months; in: first, second; stagger: 1 month }
            """, "Rollout");

        Assert.Equal(
            ["Dongcheng 2019-01-31..2020-01-30 #0", "Nancheng 2019-02-28..2020-02-27 #1", "Beicheng 2019-02-28..2020-02-27 #1"],
            Windows(phase));
        Assert.Equal(("2019-01-31", "2020-02-27"), (Format(phase.Start), Format(phase.End)));
    }

    [Fact]
    public void Sites_listed_one_by_one_are_staggered_one_by_one()
    {
        var phase = Phase($$"""
            {{Sites}}
            phase Rollout { start: 2020-01-01; duration: 6 months; in: Beicheng, Dongcheng, Nancheng; stagger: 2 weeks }
            """, "Rollout");

        Assert.Equal(
            ["Beicheng 2020-01-01..2020-06-30 #0", "Dongcheng 2020-01-15..2020-07-14 #1", "Nancheng 2020-01-29..2020-07-28 #2"],
            Windows(phase));
    }

    [Fact]
    public void Fixed_end_is_common_to_every_wave()
    {
        // The stagger moves starts; the written end is one date for all (docs/language.md, "Staggered phases").
        var phase = Phase($$"""
            {{Sites}}
            phase Rollout { start: 2020-01-01; end: 2020-12-31; in: first, second; stagger: 3 months }
            """, "Rollout");

        Assert.Equal(["Dongcheng 2020-01-01..2020-12-31 #0", "Nancheng 2020-04-01..2020-12-31 #1", "Beicheng 2020-04-01..2020-12-31 #1"], Windows(phase));
    }

    [Fact]
    public void All_sites_means_the_pilot_sites_not_the_comparison_sites()
    {
        var phase = Phase($$"""
            {{Sites}}
            phase Trial { start: 2020-01-01; duration: 6 months; in: all sites }
            phase Rollout { start: 2020-01-01; duration: 6 months; in: first, second }
            """, "Trial");

        Assert.Equal(["Dongcheng", "Nancheng", "Beicheng"], phase.Sites.Select(w => w.Site.Name));
    }

    [Fact]
    public void Phase_after_another_starts_when_it_ends_at_its_last_site()
    {
        var compilation = Specs.Compile($$"""
            {{Sites}}
            phase Rollout { start: 2020-01-01; duration: 12 months; in: first, second; stagger: 6 months }
            phase Summary { after: Rollout; duration: 2 months; in: all sites }
            """);

        var summary = compilation.Schedule.Phases.Single(p => p.Phase.Name == "Summary");
        // Ends are last days: Rollout's second wave ends 2021-06-30, Summary starts the next day.
        Assert.Equal(("2021-07-01", "2021-08-31"), (Format(summary.Start), Format(summary.End)));
        Assert.Empty(compilation.GetDiagnostics());
    }

    [Theory]
    [InlineData("after: Launch + 9 months", "2020-12-01")]
    [InlineData("after: Launch + 1 quarter", "2020-06-01")]
    [InlineData("after: Launch + 10 working days", "2020-03-13")]
    [InlineData("after: Launch - 1 month", "2020-02-01")]
    [InlineData("after: Launch", "2020-03-01")]
    public void Phase_after_another_with_an_offset(string after, string start)
    {
        var phase = Phase($$"""
            phase Launch { start: 2019-12-01; duration: 3 months; in: all sites }
            phase Review { {{after}}; duration: 1 month; in: all sites }
            """, "Review");

        Assert.Equal(start, Format(phase.Start));
    }

    [Fact]
    public void Chain_of_phases_resolves_whatever_the_declaration_order()
    {
        var compilation = Specs.Compile("""
            phase Summary { after: Review; duration: 2 months; in: all sites }
            phase Review { after: Launch + 9 months; duration: 1 month; in: all sites }
            phase Launch { start: 2019-03-01; duration: 3 months; in: all sites }
            """);

        Assert.Equal(
            ["Summary 2020-04-01..2020-05-31", "Review 2020-03-01..2020-03-31", "Launch 2019-03-01..2019-05-31"],
            compilation.Schedule.Phases.Select(p => $"{p.Phase.Name} {Format(p.Start)}..{Format(p.End)}"));
    }

    [Fact]
    public void Phase_without_duration_or_end_is_open_ended()
    {
        var phase = Phase($$"""
            {{Sites}}
            phase ScaleUp { start: 2022-01-01; in: first, second }
            """, "ScaleUp");

        Assert.True(phase.IsResolved);
        Assert.Null(phase.End);
        Assert.All(phase.Sites, w => Assert.Null(w.End));
    }

    [Fact]
    public void Evaluations_take_the_date_of_a_phase_boundary_or_their_own()
    {
        var compilation = Specs.Compile("""
            phase Trial { start: 2020-01-01; duration: 12 months; in: all sites }
            evaluation kickoff at start of Trial { require: true; decide: extend when all met; otherwise: adjust }
            evaluation final at end of Trial { require: true; decide: scale_up when all met; otherwise: adjust }
            evaluation audit at 2021-06-30 { require: true; decide: extend when all met; otherwise: adjust }
            """);

        Assert.Equal(
            ["kickoff 2020-01-01", "final 2020-12-31", "audit 2021-06-30"],
            compilation.Program.Evaluations.Select(e => $"{e.Name} {Format(compilation.Schedule.DateOf(e))}"));
    }

    [Fact]
    public void Phase_without_a_start_and_those_after_it_have_no_dates()
    {
        var compilation = Specs.Compile("""
            phase Launch { duration: 3 months; in: all sites }
            phase Rollout { after: Launch; duration: 12 months; in: all sites }
            """);

        Assert.All(compilation.Schedule.Phases, p => Assert.False(p.IsResolved));
        Assert.Equal("PS0405", Assert.Single(compilation.GetDiagnostics()).Id); // reported once, on Launch
    }

    private static PhaseSchedule Phase(string text, string name) =>
        Specs.Compile(text).Schedule.Phases.Single(p => p.Phase.Name == name);

    private static string[] Windows(PhaseSchedule phase) =>
        phase.Sites.Select(w => $"{w.Site.Name} {Format(w.Start)}..{Format(w.End)} #{w.WaveIndex}").ToArray();

    private static string? Format(DateTime? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
