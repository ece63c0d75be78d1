using PilotSpec.CodeAnalysis.Binding.Bound;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Tests.TestSupport;
using Snapshooter.Xunit;

namespace PilotSpec.CodeAnalysis.Tests.Checks;

/// <summary>
/// Conditions on the estimated effect (`approval_days.effect`, `.effect_lower`, `.effect_upper`):
/// what binds, and PS0620–PS0622, each way a designer gets them wrong.
/// </summary>
public sealed class EffectConditionTests
{
    private static CheckedSpec Spec(string requirement, string method = "difference_in_differences against comparison", string baseline = "200 days on 2017-12-31") =>
        CheckedSpec.Compile($$"""
            pilot Approvals "Approval reform" {
            owner: "Provincial Development and Reform Commission"
            problem: "Approvals take too long"
            start: 2018-01-01
            end: 2019-12-31
            indicator approval_days "Days to approve a project" {
                unit: days
                better: lower
                baseline: {{baseline}}
                target: -50 days by 2019-12-31
                measured: annually from "approval registry"
            }
            site P1 "Pilot district 1" { level: district }
            site P2 "Pilot district 2" { level: district }
            site C1 "Comparison district 1" { level: district; role: comparison }
            site C2 "Comparison district 2" { level: district; role: comparison }
            group pilots = [P1, P2]
            group comparison = [C1, C2]
            phase Reform "Reform" { start: 2018-01-01; end: 2019-12-31; in: pilots }
            evaluation final "Final evaluation" at 2020-01-01 {
                method: {{method}}
                require: {{requirement}}
                decide: scale_up when all met
                otherwise: adjust
            }
            }
            """);

    [Theory]
    [InlineData("approval_days.effect <= -50 days", IndicatorMember.Effect)]
    [InlineData("approval_days.effect_lower <= -50 days", IndicatorMember.EffectLower)]
    [InlineData("approval_days.effect_upper < 0 days", IndicatorMember.EffectUpper)]
    public void An_effect_in_a_comparing_evaluation_binds_as_one_number(string requirement, IndicatorMember member)
    {
        var spec = Spec(requirement);

        spec.AssertClean();
        var criterion = spec.Compilation.Program.Evaluations.Single().Criteria.Single();
        var effect = BoundTreeWalker.DescendantsAndSelf(criterion).OfType<BoundIndicatorValue>().Single();
        Assert.Equal(member, effect.Member);
        Assert.False(effect.Type.IsPerSite);
    }

    [Fact]
    public void An_effect_without_a_comparison_is_reported()
    {
        var spec = Spec("approval_days.effect <= -50 days", method: "before_after");

        spec.AssertSingle("PS0620", DiagnosticSeverity.Error, line: 22, column: 14,
            "'approval_days.effect' is the estimated effect of the reform, which only an evaluation with 'method: difference_in_differences against' a group or site, or 'method: stepped_wedge', computes; 'final' has neither.");
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void An_effect_read_at_sites_is_reported()
    {
        var spec = Spec("approval_days.effect <= -50 days at all sites");

        spec.AssertSingle("PS0621", DiagnosticSeverity.Error, line: 22, column: 14,
            "'approval_days.effect' is one estimate for the whole evaluation, not a value at each site: compare it without a site quantifier ('at', 'in').");
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void A_comparison_without_the_sites_own_baselines_is_reported()
    {
        // No date: no site's own observation can be its baseline, and C1 states none.
        var spec = Spec("approval_days.change <= -50 days at all sites", baseline: "200 days");

        spec.AssertSingle("PS0623", DiagnosticSeverity.Warning, line: 9, column: 15,
            "'approval_days' has a baseline without a date, and the comparison site 'C1' of 'final' states none of its own: every site's change would be measured from the programme's baseline, so the estimate compares levels, not changes. Date the baseline ('on 2017-12-31') so each site's own observation counts, or state the comparison sites' baselines ('… at C1').");
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void Comparison_sites_with_stated_baselines_need_no_date() =>
        Spec("approval_days.change <= -50 days at all sites", baseline: "200 days, 190 days at C1, 210 days at C2").AssertClean();

    [Fact]
    public void An_effect_compared_with_a_percentage_is_reported()
    {
        var spec = Spec("approval_days.effect <= -25%");

        spec.AssertSingle("PS0622", DiagnosticSeverity.Error, line: 22, column: 38,
            "'approval_days.effect' is a change in the indicator's unit, not relative to a baseline: compare it with '-25%' written in days (for a percentage indicator, in points).");
        Snapshot.Match(spec.Snapshot);
    }
}
