using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Tests.TestSupport;
using Snapshooter.Xunit;

namespace PilotSpec.CodeAnalysis.Tests.Checks;

/// <summary>Phases (PS0400–PS0406): a timeline that can be resolved and that fits inside the pilot.</summary>
public sealed class PhaseTests
{
    [Fact]
    public void Phase_cycle_is_reported_once_on_the_after_that_closes_it()
    {
        var spec = CheckedSpec.Compile("""
            phase Launch "Launch and training" {
                start: 2020-01-01
                duration: 3 months
                in: all sites
            }
            phase Implementation "Implementation" {
                after: Review
                duration: 12 months
                in: all sites
            }
            phase Review "Review" {
                after: Implementation
                duration: 1 month
                in: all sites
            }
            """);

        spec.AssertSingle("PS0400", DiagnosticSeverity.Error, line: 7, column: 12,
            "The phases depend on each other in a cycle: Implementation → Review → Implementation.");
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void Phases_in_a_cycle_have_no_dates()
    {
        var compilation = Specs.Compile("""
            phase A { after: B; duration: 1 month; in: all sites }
            phase B { after: A; duration: 1 month; in: all sites }
            """);

        Assert.All(compilation.Schedule.Phases, phase => Assert.False(phase.IsResolved));
    }

    [Fact]
    public void Phases_following_each_other_are_accepted()
    {
        CheckedSpec.Compile("""
            phase Launch "Launch and training" {
                start: 2020-01-01
                duration: 3 months
                in: all sites
            }
            phase Implementation "Implementation" {
                after: Launch
                duration: 12 months
                in: all sites
            }
            phase Review "Review" {
                after: Implementation
                duration: 1 month
                in: all sites
            }
            """).AssertClean();
    }

    [Fact]
    public void Phase_ending_after_the_pilot_is_reported_on_its_name()
    {
        var spec = CheckedSpec.Compile("""
            pilot OneWindow "One-window approval" {
                owner: "City Government Office"
                problem: "Applicants queue at up to seven windows"
                start: 2020-01-01
                end: 2021-12-31
                site Dongcheng "East district" { level: county }
                phase Trial "Trial of the one-window service" {
                    start: 2020-01-01
                    duration: 30 months
                    in: all sites
                }
            }
            """);

        spec.AssertSingle("PS0401", DiagnosticSeverity.Warning, line: 7, column: 11,
            "The phase 'Trial' ends on 2022-06-30, after the pilot's planned end on 2021-12-31.");
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void Staggered_wave_that_overruns_the_pilot_is_reported()
    {
        var spec = CheckedSpec.Compile("""
            pilot OneWindow "One-window approval" {
                owner: "City Government Office"
                problem: "Applicants queue at up to seven windows"
                start: 2020-01-01
                end: 2021-06-30
                site Dongcheng "East district" { level: county }
                site Nancheng "South district" { level: county }
                wave first = [Dongcheng]
                wave second = [Nancheng]
                phase Rollout "Roll-out" {
                    start: 2020-01-01
                    duration: 12 months
                    in: first, second
                    stagger: 9 months
                }
            }
            """);

        spec.AssertSingle("PS0401", DiagnosticSeverity.Warning, line: 10, column: 11,
            "The phase 'Rollout' ends on 2021-09-30, after the pilot's planned end on 2021-06-30.");
    }

    [Fact]
    public void Phase_ending_on_the_pilots_last_day_is_accepted()
    {
        CheckedSpec.Compile("""
            pilot OneWindow "One-window approval" {
                owner: "City Government Office"
                problem: "Applicants queue at up to seven windows"
                start: 2020-01-01
                end: 2021-12-31
                site Dongcheng "East district" { level: county }
                phase Trial "Trial of the one-window service" {
                    start: 2020-01-01
                    duration: 24 months
                    in: all sites
                }
            }
            """).AssertClean();
    }

    [Fact]
    public void Twelve_month_phase_fits_a_calendar_year_pilot()
    {
        CheckedSpec.Compile("""
            pilot OneWindow "One-window approval" {
                owner: "City Government Office"
                problem: "Applicants queue at up to seven windows"
                start: 2020-01-01
                end: 2020-12-31
                site Dongcheng "East district" { level: county }
                phase Trial { start: 2020-01-01; duration: 12 months; in: all sites }
                phase Wrapup { start: 2020-12-01; end: 2020-12-31; in: all sites }
            }
            """).AssertClean();
    }

    [Fact]
    public void Fixed_end_date_after_the_pilot_end_is_reported_as_written()
    {
        var spec = CheckedSpec.Compile("""
            pilot OneWindow "One-window approval" {
                owner: "City Government Office"
                problem: "Applicants queue at up to seven windows"
                start: 2020-01-01
                end: 2020-12-31
                site Dongcheng "East district" { level: county }
                phase Wrapup { start: 2020-12-01; end: 2021-01-01; in: all sites }
            }
            """);

        spec.AssertSingle("PS0401", DiagnosticSeverity.Warning, line: 7, column: 11,
            "The phase 'Wrapup' ends on 2021-01-01, after the pilot's planned end on 2020-12-31.");
    }

    [Fact]
    public void Zero_duration_is_reported_on_the_duration()
    {
        var spec = CheckedSpec.Compile("""
            phase Training "Staff training" {
                start: 2020-01-01
                duration: 0 months
                in: all sites
            }
            """);

        spec.AssertSingle("PS0402", DiagnosticSeverity.Error, line: 3, column: 15,
            "A duration must be longer than zero, but this one is 0 months.");
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void Negative_stagger_is_reported_on_the_stagger()
    {
        var spec = CheckedSpec.Compile("""
            site Dongcheng "East district" { level: county }
            site Nancheng "South district" { level: county }
            wave first = [Dongcheng]
            wave second = [Nancheng]
            phase Rollout { start: 2020-01-01; duration: 6 months; in: first, second; stagger: -3 months }
            """);

        spec.AssertSingle("PS0402", DiagnosticSeverity.Error, line: 5, column: 84,
            "A duration must be longer than zero, but this one is -3 months.");
    }

    [Fact]
    public void Positive_duration_is_accepted()
    {
        CheckedSpec.Compile("""
            phase Training "Staff training" {
                start: 2020-01-01
                duration: 1 month
                in: all sites
            }
            """).AssertClean();
    }

    [Fact]
    public void Phase_without_sites_is_reported_on_its_name()
    {
        var spec = CheckedSpec.Compile("""
            phase Trial "Trial of the one-window service" {
                start: 2020-01-01
                duration: 12 months
            }
            """);

        spec.AssertSingle("PS0403", DiagnosticSeverity.Warning, line: 1, column: 7,
            "The phase 'Trial' does not say where it runs; add 'in: all sites' or a wave.");
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void Phase_in_all_sites_is_accepted()
    {
        CheckedSpec.Compile("""
            phase Trial "Trial of the one-window service" {
                start: 2020-01-01
                duration: 12 months
                in: all sites
            }
            """).AssertClean();
    }

    [Fact]
    public void Phase_starting_before_the_pilot_is_reported_on_its_start()
    {
        var spec = CheckedSpec.Compile("""
            pilot OneWindow "One-window approval" {
                owner: "City Government Office"
                problem: "Applicants queue at up to seven windows"
                start: 2020-01-01
                site Dongcheng "East district" { level: county }
                phase Preparation "Preparation and training" {
                    start: 2019-10-01
                    duration: 3 months
                    in: all sites
                }
            }
            """);

        spec.AssertSingle("PS0404", DiagnosticSeverity.Error, line: 7, column: 16,
            "2019-10-01 is before the pilot starts on 2020-01-01.");
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void Evaluation_and_target_deadline_before_the_pilot_are_reported_on_their_dates()
    {
        var spec = CheckedSpec.Compile("""
            pilot OneWindow "One-window approval" {
                owner: "City Government Office"
                problem: "Applicants queue at up to seven windows"
                start: 2020-01-01
                indicator satisfaction "Applicant satisfaction" {
                    unit: percent
                    better: higher
                    baseline: 62% on 2019-06-30
                    target: +10 points by 2019-12-31
                    measured: quarterly from "applicant survey"
                }
                evaluation early "Early look" at 2019-11-30 {
                    require: satisfaction >= 65% at all sites
                    decide: extend when all met
                    otherwise: adjust
                }
            }
            """);

        Assert.Equal(
            [
                ("PS0404", 9, 31, "2019-12-31 is before the pilot starts on 2020-01-01."),
                ("PS0404", 12, 38, "2019-11-30 is before the pilot starts on 2020-01-01."),
            ],
            DiagnosticView.All(spec.Diagnostics).Select(d => (d.Id, d.Line, d.Column, d.Message)));
    }

    [Fact]
    public void Dates_from_the_pilot_start_are_accepted_and_baselines_may_be_earlier()
    {
        CheckedSpec.Compile("""
            pilot OneWindow "One-window approval" {
                owner: "City Government Office"
                problem: "Applicants queue at up to seven windows"
                start: 2019-10-01
                site Dongcheng "East district" { level: county }
                indicator satisfaction "Applicant satisfaction" {
                    unit: percent
                    better: higher
                    baseline: 62% on 2019-06-30
                    target: +10 points by 2020-12-31
                    measured: quarterly from "applicant survey"
                }
                phase Preparation "Preparation and training" {
                    start: 2019-10-01
                    duration: 3 months
                    in: all sites
                }
            }
            """).AssertClean();
    }

    [Fact]
    public void Phase_without_a_start_is_reported_on_its_name()
    {
        var spec = CheckedSpec.Compile("""
            phase Launch "Launch and training" {
                start: 2020-01-01
                duration: 3 months
                in: all sites
            }
            phase Implementation "Implementation" {
                duration: 12 months
                in: all sites
            }
            """);

        spec.AssertSingle("PS0405", DiagnosticSeverity.Error, line: 6, column: 7,
            "The phase 'Implementation' has no start; give 'start:' or 'after:'.");
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void Phase_after_an_undeclared_phase_is_reported_once()
    {
        var spec = CheckedSpec.Compile("""
            phase Implementation "Implementation" {
                after: Lunch
                duration: 12 months
                in: all sites
            }
            """);

        spec.AssertSingle("PS0101", DiagnosticSeverity.Error, line: 2, column: 12, "'Lunch' is not declared.");
    }

    [Fact]
    public void Phase_after_another_has_a_start()
    {
        CheckedSpec.Compile("""
            phase Launch "Launch and training" {
                start: 2020-01-01
                duration: 3 months
                in: all sites
            }
            phase Implementation "Implementation" {
                after: Launch
                duration: 12 months
                in: all sites
            }
            """).AssertClean();
    }

    [Fact]
    public void Phase_ending_before_it_starts_is_reported_on_the_end_date()
    {
        var spec = CheckedSpec.Compile("""
            phase Trial "Trial of the one-window service" {
                start: 2020-06-01
                end: 2020-03-31
                in: all sites
            }
            """);

        spec.AssertSingle("PS0406", DiagnosticSeverity.Error, line: 3, column: 10,
            "The phase 'Trial' ends on 2020-03-31, before it starts on 2020-06-01.");
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void Phase_ending_after_it_starts_is_accepted()
    {
        CheckedSpec.Compile("""
            phase Trial "Trial of the one-window service" {
                start: 2020-06-01
                end: 2021-03-31
                in: all sites
            }
            """).AssertClean();
    }
}
