using PilotSpec.Monitoring;

namespace PilotSpec.CodeAnalysis.Tests.Emit.CSharpMonitor;

/// <summary>
/// A date in a condition that the schedule cannot fix (the end of a phase that has no end) is
/// unknown in the compiled monitor: the criterion is unknown, never met or failed on a guess.
/// </summary>
public sealed class OpenEndedDateTests
{
    private const string Spec = """
        pilot P { owner: "o"; problem: "p"; start: 2020-01-01
            indicator rate { unit: percent; better: higher; baseline: 60% on 2019-12-31; target: +10 points by 2021-12-31; measured: monthly from "register" }
            site A { level: county }
            phase Trial { start: 2020-01-01; duration: 13 months; in: A }
            phase ScaleUp { after: Trial; in: A }
            evaluation final at end of Trial {
                method: before_after
                require: rate >= 70% at all sites and end of ScaleUp > 2021-01-31
                decide: scale_up when all met
                otherwise: terminate
            }
        }
        """;

    [Theory]
    // true and unknown is unknown; false and unknown is false (three-valued logic).
    [InlineData(70, null)]
    [InlineData(69, false)]
    public void The_end_of_an_open_ended_phase_is_an_unknown_date(int rate, bool? expected)
    {
        var monitor = MonitorBuild.NewMonitor(MonitorBuild.Load(MonitorBuild.Emit(Spec).Content));
        monitor.Record(monitor.Definition.FindIndicator("rate")!, monitor.Definition.FindSite("A")!, new DateTime(2020, 12, 31), rate);

        var result = monitor.Evaluate(Assert.Single(monitor.Definition.Evaluations), new DateTime(2021, 1, 31));

        Assert.Equal(expected, Assert.Single(result.Criteria).Outcome);
    }
}
