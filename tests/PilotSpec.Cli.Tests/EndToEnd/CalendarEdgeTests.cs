using PilotSpec.Cli.Tests.Infrastructure;

namespace PilotSpec.Cli.Tests.EndToEnd;

/// <summary>
/// Dates at the calendar's ends through `check`, `schedule` and `build` (#20): each was an
/// internal error; now a spec inside the calendar is drawn and one that leaves it gets PS0407.
/// </summary>
public sealed class CalendarEdgeTests : IDisposable
{
    private const string OnTheLastDay = """
        pilot P "p" {
            owner: "o"
            problem: "x"
            start: 9999-12-31
            end: 9999-12-31
            site S "s" { level: county }
            phase T "t" { start: 9999-12-31 end: 9999-12-31 in: S }
        }

        """;

    private const string PastTheLastDay = """
        pilot P "p" {
            owner: "o"
            problem: "x"
            start: 9999-01-01
            end: 9999-12-31
            indicator wait "w" {
                unit: minutes
                better: lower
                baseline: 40 minutes on 9999-12-31
                target: 20 minutes by 9999-12-31
                measured: monthly from "q"
            }
            site S "s" { level: county }
            phase T "t" { start: 9999-06-01 duration: 100 years in: S }
        }

        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("text")]
    [InlineData("mermaid")]
    [InlineData("html")]
    public void A_pilot_on_the_calendar_s_last_day_is_drawn(string format)
    {
        _folder.Write("last.pilot", OnTheLastDay);

        var result = _folder.Pilotc("schedule", "last.pilot", "--format", format);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("9999-12-31", result.StdOut, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("schedule")]
    [InlineData("build")]
    public void A_phase_past_the_last_day_is_PS0407_not_an_internal_error(string command)
    {
        _folder.Write("past.pilot", PastTheLastDay);

        var result = command == "build" ? _folder.Pilotc("build", "past.pilot", "-o", "out") : _folder.Pilotc(command, "past.pilot");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains("past.pilot(14,47): error PS0407: The phase 'T' would reach a day outside the calendar (9999-06-01 + 100 years)", result.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain("internal error", result.StdErr, StringComparison.Ordinal);
    }
}
