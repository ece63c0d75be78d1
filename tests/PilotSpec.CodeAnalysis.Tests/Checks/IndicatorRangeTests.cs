using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Tests.TestSupport;
using Snapshooter.Xunit;

namespace PilotSpec.CodeAnalysis.Tests.Checks;

/// <summary>
/// `range: 0, 100` on a score: what binds, and PS0708–PS0709, a threshold, a baseline or a
/// target the score can never take.
/// </summary>
public sealed class IndicatorRangeTests
{
    private static CheckedSpec Spec(string range = "0, 100", string target = "85", string requirement = "score >= 80 at all sites") =>
        CheckedSpec.Compile($$"""
            pilot Scores "Evaluation scores" {
            owner: "Provincial Department of Finance"
            problem: "Budgets ignore results"
            start: 2021-01-01
            end: 2021-12-31
            indicator score "Performance evaluation score (0-100)" {
                unit: score
                better: higher
                range: {{range}}
                baseline: 75 on 2020-12-31
                target: {{target}} by 2021-12-31
                measured: annually from "evaluation reports"
            }
            site A "Project A" { level: project }
            phase Run "Budget year" { start: 2021-01-01; end: 2021-12-31; in: all sites }
            evaluation final "Final evaluation" at 2022-01-01 {
                method: before_after
                require: {{requirement}}
                decide: scale_up when all met
                otherwise: adjust
            }
            }
            """);

    [Fact]
    public void A_range_binds_as_the_lowest_and_highest_value()
    {
        var spec = Spec();

        spec.AssertClean();
        var (low, high) = spec.Compilation.Program.Indicators.Single().Range!.Value;
        Assert.Equal((0m, 100m), (low.Value, high.Value));
    }

    [Theory]
    [InlineData("score >= 120 at all sites", "120")]
    [InlineData("score > 100 at all sites", "100")]
    [InlineData("score < 0 at any site", "0")]
    [InlineData("score == 101 at any site", "101")]
    public void A_threshold_beyond_the_range_is_reported(string requirement, string threshold)
    {
        var spec = Spec(requirement: requirement);

        var diagnostic = DiagnosticView.From(Assert.Single(spec.Diagnostics));
        Assert.Equal(("PS0708", "Error"), (diagnostic.Id, diagnostic.Severity));
        Assert.Equal($"'score' stays between 0 and 100 (its range), so the comparison with {threshold} can never hold.", diagnostic.Message);
    }

    [Theory]
    [InlineData("score >= 100 at all sites")]
    [InlineData("score <= 0 at any site")]
    [InlineData("score > 99.5 at all sites")]
    public void A_threshold_at_the_edge_can_hold_and_is_not_reported(string requirement) => Spec(requirement: requirement).AssertClean();

    [Fact]
    public void A_target_the_score_cannot_take_is_reported()
    {
        // 75 + 30 = 105 on a 0-100 scale.
        var spec = Spec(target: "+30");

        spec.AssertSingle("PS0709", DiagnosticSeverity.Error, line: 11, column: 13,
            "The target of 'score', 105, is outside its range 0 to 100: no site can record it.");
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void A_threshold_beyond_the_range_is_snapshotted()
    {
        Snapshot.Match(Spec(requirement: "score >= 120 at all sites").Snapshot);
    }

    [Theory]
    [InlineData("100, 0")]
    [InlineData("100")]
    [InlineData("0, 50, 100")]
    [InlineData("0 days, 100")]
    public void A_range_that_is_not_lowest_then_highest_is_an_error(string range)
    {
        var spec = Spec(range: range);

        Assert.Contains(spec.Diagnostics, d => d.Id is "PS0112" or "PS0203");
        Assert.Null(spec.Compilation.Program.Indicators.Single().Range);
    }
}
