using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Tests.TestSupport;
using Snapshooter.Xunit;

namespace PilotSpec.CodeAnalysis.Tests.Checks;

/// <summary>
/// `method: stepped_wedge` and `lag:`: which phase is the roll-out (PS0624), a lag with nothing to
/// stagger (PS0625), and a lag that leaves a wave never exposed before the common end (PS0626).
/// </summary>
public sealed class SteppedWedgeCheckTests
{
    // Three districts in three waves, and the indicator every case judges; the phases follow.
    private const string Districts = """
        site A "District A" { level: district }
        site B "District B" { level: district }
        site C "District C" { level: district }
        wave w1 = [A]
        wave w2 = [B]
        wave w3 = [C]

        indicator clearance "Share of reported thefts cleared" {
            unit: percent
            better: higher
            baseline: 50% on 2023-12-31
            target: +5 points by 2024-12-31
            measured: monthly from "case management system"
        }


        """;

    // A staggered training, then the staggered roll-out after it; `lag`, when given, is written
    // as the roll-out's last line (no line moves above it).
    private static CheckedSpec TrainingThenRollout(string? lag) => CheckedSpec.Compile(Districts + $$"""
        phase Training "Training" {
            start: 2024-01-01
            duration: 1 month
            in: w1, w2, w3
            stagger: 2 months
        }

        phase Rollout "Community policing" {
            after: Training
            end: 2024-12-31
            in: w1, w2, w3
            stagger: 2 months{{(lag is null ? "" : "\n    " + lag)}}
        }

        evaluation final "Final evaluation" at end of Rollout {
            method: stepped_wedge
            require: clearance.effect >= 3 points
            decide: scale_up when all met
            otherwise: adjust
        }
        """);

    [Fact]
    public void Two_staggered_phases_and_no_lag_leave_the_roll_out_open()
    {
        var spec = TrainingThenRollout(lag: null);

        spec.AssertSingle("PS0624", DiagnosticSeverity.Error, line: 31, column: 13,
            "The evaluation 'final' uses stepped_wedge, but 2 of the pilot's phases could be its roll-out; it needs exactly one: a phase whose 'in:' lists the waves in the order they enter, with 'stagger:' (and, when several phases are staggered, 'lag:' on the roll-out).");
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void A_lag_on_the_roll_out_picks_it_and_the_spec_is_clean()
    {
        var spec = TrainingThenRollout(lag: "lag: 1 month");

        Assert.Empty(spec.Diagnostics);
        var final = spec.Compilation.Program.Evaluations.Single();
        Assert.Equal("Rollout", final.Rollout!.Name);
        Assert.True(final.EstimatesEffect);
    }

    [Fact]
    public void A_lag_on_a_phase_that_starts_every_wave_at_once_is_reported()
    {
        var spec = CheckedSpec.Compile(Districts + """
            phase Rollout "Community policing" {
                start: 2024-01-01
                end: 2024-12-31
                in: w1, w2, w3
                lag: 1 month
            }
            """);

        spec.AssertSingle("PS0625", DiagnosticSeverity.Warning, line: 20, column: 10,
            "'lag:' of the phase 'Rollout' means nothing: only a phase that starts several waves one 'stagger:' apart has a transition to leave out of a stepped-wedge estimate.");
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void A_lag_past_the_common_end_leaves_the_last_wave_never_exposed()
    {
        // w3 starts 2024-01-01 + 2 · 2 months = 2024-05-01; its 3-month lag runs to 2024-07-31,
        // past the common end 2024-06-30. w2 (2024-03-01 + 3 months = 2024-06-01) is still exposed in June.
        var spec = CheckedSpec.Compile(Districts + """
            phase Rollout "Community policing" {
                start: 2024-01-01
                end: 2024-06-30
                in: w1, w2, w3
                stagger: 2 months
                lag: 3 months
            }
            """);

        spec.AssertSingle("PS0626", DiagnosticSeverity.Warning, line: 21, column: 10,
            "In the roll-out 'Rollout', the wave 'w3' starts on 2024-05-01 and its lag ends after the common end 2024-06-30: it is never exposed, so it only ever counts as a control. Shorten the lag, start the wave earlier, or end the roll-out later.");
        Snapshot.Match(spec.Snapshot);
    }
}
