using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Tests.TestSupport;
using Snapshooter.Xunit;

namespace PilotSpec.CodeAnalysis.Tests.Checks;

/// <summary>PS0450: a recurrence past the limit of due dates per site is a warning naming the indicator and its sites.</summary>
public sealed class DueDateLimitTests
{
    private static string Spec(string end, string frequency = "weekly", int sites = 1) => $$"""
        indicator wait "Waiting time" {
            unit: minutes
            better: lower
            baseline: 40 minutes on 2019-12-31
            target: 20 minutes by 2022-12-31
            measured: {{frequency}} from "queue system"
        }
        {{string.Join("\n", Enumerable.Range(1, sites).Select(i => $"site S{i} {{ level: county }}"))}}
        wave all_of_them = [{{string.Join(", ", Enumerable.Range(1, sites).Select(i => $"S{i}"))}}]
        phase Trial { start: 2020-01-01; end: {{end}}; in: all_of_them }
        """;

    [Fact]
    public void A_weekly_indicator_over_two_centuries_is_reported_on_its_frequency_with_the_sites()
    {
        var spec = CheckedSpec.Compile(Spec("2220-12-31", sites: 5));

        // 2020-01-01 + 10,001 weeks is 2211-09-04, inside the phase: more than the limit.
        spec.AssertSingle("PS0450", DiagnosticSeverity.Warning, line: 6, column: 15,
            "'wait' would fall due more than 10000 times at S1, S2, S3, … (5 site(s)): the schedule stops at 10000. Check the phases' dates, or measure less often.");
        Snapshot.Match(spec.Snapshot);
    }

    [Theory]
    [InlineData("2211-09-02", "weekly")]    // due dates close the day after the end: the 10,000th (2211-08-28) is in, the 10,001st (2211-09-04) is not
    [InlineData("2220-12-31", "monthly")]   // 2,412 months
    public void Up_to_the_limit_nothing_is_reported(string end, string frequency)
    {
        CheckedSpec.Compile(Spec(end, frequency)).AssertClean();
    }
}
