using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Tests.TestSupport;
using Snapshooter.Xunit;

namespace PilotSpec.CodeAnalysis.Tests.Checks;

/// <summary>Evaluations and alerts (PS0500–PS0507): a date, criteria that can fail, decisions for every case, alerts that can fire.</summary>
public sealed class EvaluationTests
{
    [Fact]
    public void Evaluation_without_a_date_is_reported_on_its_name()
    {
        var spec = CheckedSpec.Compile("""
            evaluation final "Final evaluation" {
                require: true
                decide: scale_up when all met
                otherwise: adjust
            }
            """);

        spec.AssertSingle("PS0500", DiagnosticSeverity.Error, line: 1, column: 12,
            "The evaluation 'final' has no date; write 'at end of Phase' or 'at 2020-06-30'.");
        Snapshot.Match(spec.Snapshot);
    }

    [Theory]
    [InlineData("at 2020-12-31")]
    [InlineData("at end of Trial")]
    [InlineData("at start of Trial")]
    public void Evaluation_with_a_date_is_accepted(string timing)
    {
        CheckedSpec.Compile($$"""
            phase Trial "Trial" { start: 2020-01-01; duration: 12 months; in: all sites }
            evaluation final "Final evaluation" {{timing}} {
                require: true
                decide: scale_up when all met
                otherwise: adjust
            }
            """).AssertClean();
    }

    [Fact]
    public void Quantifier_over_an_empty_wave_is_reported_on_the_wave_name_only()
    {
        // Not also PS0304 on the wave: one mistake, reported where it makes a criterion vacuous.
        var spec = CheckedSpec.Compile("""
            indicator satisfaction "Applicant satisfaction" {
                unit: percent
                better: higher
                baseline: 62% on 2019-12-31
                target: +10 points by 2020-12-31
                measured: quarterly from "applicant survey"
            }
            site Dongcheng "East district" { level: county }
            site Nancheng "South district" { level: county }
            wave second "Second wave"
            evaluation final "Final evaluation" at 2020-12-31 {
                require: satisfaction >= 72% at all sites in second
                decide: scale_up when all met
                otherwise: adjust
            }
            """);

        spec.AssertSingle("PS0502", DiagnosticSeverity.Error, line: 12, column: 50,
            "No site is in 'second', so this condition ranges over nothing.");
        Snapshot.Match(spec.Snapshot);
    }

    [Theory]
    [InlineData("at any site in second")]
    [InlineData("at 50% of sites in second")]
    [InlineData("in second")]
    public void Every_quantifier_over_an_empty_wave_is_reported(string quantifier)
    {
        var diagnostics = Specs.Diagnose($$"""
            wave second "Second wave"
            alert low { when: true {{quantifier}}; notify: owner }
            """);

        Assert.Equal("PS0502", Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void Quantifier_over_a_wave_whose_sites_failed_to_bind_reports_only_the_name()
    {
        var diagnostics = Specs.Diagnose("""
            site Nancheng "South district" { level: county }
            wave second = [Nanchen]
            alert low { when: true at any site in second; notify: owner }
            """);

        Assert.Equal("PS0102", Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void Quantifier_over_a_wave_with_sites_is_accepted()
    {
        CheckedSpec.Compile("""
            indicator satisfaction "Applicant satisfaction" {
                unit: percent
                better: higher
                baseline: 62% on 2019-12-31
                target: +10 points by 2020-12-31
                measured: quarterly from "applicant survey"
            }
            site Dongcheng "East district" { level: county }
            site Nancheng "South district" { level: county }
            wave second "Second wave" = [Nancheng]
            evaluation final "Final evaluation" at 2020-12-31 {
                require: satisfaction >= 72% at all sites in second
                decide: scale_up when all met
                otherwise: adjust
            }
            """).AssertClean();
    }

    [Fact]
    public void Decision_rules_without_otherwise_are_reported_on_the_evaluation_name()
    {
        var spec = CheckedSpec.Compile("""
            evaluation final "Final evaluation" at 2020-12-31 {
                require: true
                decide: scale_up when all met
            }
            """);

        var diagnostic = spec.AssertSingle("PS0503", DiagnosticSeverity.Warning, line: 1, column: 12,
            "The evaluation 'final' has decision rules but no 'otherwise:'; say what happens when no rule applies.");
        Assert.Equal("Fix_AddOtherwise", Assert.Single(diagnostic.Fixes).TitleKey);
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void Decision_rules_with_otherwise_are_accepted()
    {
        CheckedSpec.Compile("""
            evaluation final "Final evaluation" at 2020-12-31 {
                require: true
                decide: scale_up when all met
                otherwise: adjust
            }
            """).AssertClean();
    }

    [Fact]
    public void Rule_after_a_weaker_rule_is_reported_as_unreachable_on_its_value()
    {
        var spec = CheckedSpec.Compile("""
            evaluation final "Final evaluation" at 2020-12-31 {
                require: true
                decide: extend when any met
                decide: scale_up when all met
                otherwise: terminate
            }
            """);

        spec.AssertSingle("PS0504", DiagnosticSeverity.Warning, line: 4, column: 13,
            "This rule can never apply: an earlier rule already decides whenever it would.");
        Snapshot.Match(spec.Snapshot);
    }

    [Theory]
    [InlineData("decide: extend when true", "decide: scale_up when all met")]
    [InlineData("decide: extend when all met", "decide: scale_up when all met")]
    public void Rule_after_an_always_or_identical_rule_is_unreachable(string first, string second)
    {
        var diagnostics = Specs.Diagnose($$"""
            evaluation final at 2020-12-31 {
                require: true
                {{first}}
                {{second}}
                otherwise: terminate
            }
            """);

        Assert.Equal("PS0504", Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void Stricter_rule_first_is_accepted()
    {
        CheckedSpec.Compile("""
            evaluation final "Final evaluation" at 2020-12-31 {
                require: true
                decide: scale_up when all met
                decide: extend when any met
                otherwise: terminate
            }
            """).AssertClean();
    }

    [Fact]
    public void Evaluation_without_criteria_is_reported_on_its_name()
    {
        var spec = CheckedSpec.Compile("""
            evaluation final "Final evaluation" at 2020-12-31 {
                method: third_party_survey
                decide: scale_up when all met
                otherwise: adjust
            }
            """);

        spec.AssertSingle("PS0505", DiagnosticSeverity.Warning, line: 1, column: 12,
            "The evaluation 'final' has no 'require:' criteria.");
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void Evaluation_with_criteria_is_accepted()
    {
        CheckedSpec.Compile("""
            evaluation final "Final evaluation" at 2020-12-31 {
                method: third_party_survey
                require: true
                decide: scale_up when all met
                otherwise: adjust
            }
            """).AssertClean();
    }

    [Fact]
    public void Criteria_count_in_an_alert_is_reported_on_the_count()
    {
        var spec = CheckedSpec.Compile("""
            alert falling "Satisfaction falling" {
                when: none met
                notify: owner
            }
            """);

        spec.AssertSingle("PS0506", DiagnosticSeverity.Error, line: 2, column: 11,
            "'none met' counts an evaluation's criteria, so it belongs in a 'decide:' rule.");
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void Criteria_count_in_a_requirement_is_reported()
    {
        var spec = CheckedSpec.Compile("""
            evaluation final at 2020-12-31 {
                require: all met
                decide: scale_up when all met
                otherwise: adjust
            }
            """);

        spec.AssertSingle("PS0506", DiagnosticSeverity.Error, line: 2, column: 14,
            "'all met' counts an evaluation's criteria, so it belongs in a 'decide:' rule.");
    }

    [Fact]
    public void Criteria_count_in_a_decision_is_accepted()
    {
        CheckedSpec.Compile("""
            evaluation final at 2020-12-31 {
                require: true
                decide: terminate when none met
                decide: scale_up when all met
                otherwise: adjust
            }
            """).AssertClean();
    }

    [Fact]
    public void Alert_without_a_condition_is_reported_on_its_name()
    {
        var spec = CheckedSpec.Compile("""
            alert slow_approval "Approvals too slow" {
                notify: owner
                severity: high
            }
            """);

        spec.AssertSingle("PS0507", DiagnosticSeverity.Error, line: 1, column: 7,
            "The alert 'slow_approval' has no 'when:' condition.");
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void Alert_with_a_sustained_condition_is_accepted()
    {
        CheckedSpec.Compile("""
            indicator approval_time "Average approval time" {
                unit: days
                better: lower
                baseline: 22 days on 2019-12-31
                target: -35% by 2020-12-31
                measured: monthly from "approval system"
            }
            alert slow_approval "Approvals too slow" {
                when: approval_time > 15 days for 2 consecutive months at any site
                notify: owner
                severity: high
            }
            """).AssertClean();
    }
}
