using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Tests.TestSupport;
using Snapshooter.Xunit;

namespace PilotSpec.CodeAnalysis.Tests.Checks;

/// <summary>
/// Dates at the ends of the calendar (PS0407, #20): a phase that would run before 0001-01-01 or
/// past 9999-12-31 is an error where the spec says so, never an internal error nor a silent
/// clamp to the last day.
/// </summary>
public sealed class CalendarEdgeTests
{
    [Fact]
    public void A_duration_past_the_last_day_is_reported_on_the_duration()
    {
        var spec = CheckedSpec.Compile("""
            phase Trial "Trial" {
                start: 9999-06-01
                duration: 100 years
                in: all sites
            }
            """);

        spec.AssertSingle("PS0407", DiagnosticSeverity.Error, line: 3, column: 15,
            "The phase 'Trial' would reach a day outside the calendar (9999-06-01 + 100 years): dates run from 0001-01-01 to 9999-12-31.");
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void A_phase_after_one_that_ends_on_the_last_day_is_reported_on_after()
    {
        var spec = CheckedSpec.Compile("""
            phase Trial "Trial" { start: 9999-12-01; end: 9999-12-31; in: all sites }
            phase Review "Review" { after: Trial; duration: 1 months; in: all sites }
            """);

        // Review would start on 9999-12-31 + 1 day.
        spec.AssertSingle("PS0407", DiagnosticSeverity.Error, line: 2, column: 32,
            "The phase 'Review' would reach a day outside the calendar (9999-12-31 + 1 days): dates run from 0001-01-01 to 9999-12-31.");
    }

    [Fact]
    public void An_offset_before_the_first_day_is_reported_once_with_its_arithmetic()
    {
        var spec = CheckedSpec.Compile("""
            phase Trial "Trial" { start: 0001-01-01; duration: 12 hours; in: all sites }
            phase Review "Review" { after: Trial - 2 days; duration: 3 days; in: all sites }
            """);

        // Trial lasts 12 hours, so it ends on its first day; Review would start on 0001-01-02 - 2 days = 0000-12-31.
        spec.AssertSingle("PS0407", DiagnosticSeverity.Error, line: 2, column: 32,
            "The phase 'Review' would reach a day outside the calendar (0001-01-02 - 2 days): dates run from 0001-01-01 to 9999-12-31.");
    }

    [Fact]
    public void A_stagger_past_the_last_day_names_the_wave_arithmetic()
    {
        var spec = CheckedSpec.Compile("""
            site A "A" { level: county }
            site B "B" { level: county }
            site C "C" { level: county }
            phase Rollout "Roll-out" { start: 2024-01-01; duration: 1 months; in: A, B, C; stagger: 5000 years }
            """);

        // The third site starts 2 × 5000 years after 2024-01-01: year 12024.
        spec.AssertOne("PS0407", DiagnosticSeverity.Error, line: 4, column: 89,
            "The phase 'Rollout' would reach a day outside the calendar (2024-01-01 + 2 × 5000 years): dates run from 0001-01-01 to 9999-12-31.");
    }

    [Fact]
    public void A_sub_day_duration_on_the_first_day_ends_on_that_day()
    {
        var spec = CheckedSpec.Compile("""
            phase Trial "Trial" { start: 0001-01-01; duration: 12 hours; in: all sites }
            """);

        spec.AssertClean();
        var trial = Assert.Single(spec.Compilation.Schedule.Phases);
        Assert.Equal<(DateTime?, DateTime?)>((new DateTime(1, 1, 1), new DateTime(1, 1, 1)), (trial.Start, trial.End));
    }
}
