using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Tests.TestSupport;
using Snapshooter.Xunit;

namespace PilotSpec.CodeAnalysis.Tests.Checks;

/// <summary>
/// Indicators, units and conditions (PS0200–PS0211): baselines and targets that cannot show
/// progress, percent versus percentage points, units that do not match.
/// </summary>
public sealed class IndicatorTests
{
    [Fact]
    public void Missing_baseline_is_reported_on_the_indicator_name()
    {
        var spec = CheckedSpec.Compile("""
            indicator satisfaction "Applicant satisfaction" {
                unit: percent
                better: higher
                target: 80% by 2020-12-31
                measured: quarterly from "applicant survey"
            }
            """);

        spec.AssertSingle("PS0200", DiagnosticSeverity.Warning, line: 1, column: 11,
            "The indicator 'satisfaction' has no baseline; progress cannot be measured without a starting value.");
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void Baseline_with_its_date_satisfies_the_check()
    {
        CheckedSpec.Compile("""
            indicator satisfaction "Applicant satisfaction" {
                unit: percent
                better: higher
                baseline: 62% on 2019-12-31
                target: 80% by 2020-12-31
                measured: quarterly from "applicant survey"
            }
            """).AssertClean();
    }

    [Fact]
    public void Computed_indicator_needs_no_baseline_and_its_inputs_need_no_target()
    {
        CheckedSpec.Compile("""
            indicator admin_cost "Administrative cost" {
                unit: CNY
                baseline: 12 million CNY on 2019-12-31
                measured: annually from "district final accounts"
            }
            indicator total_spending "Total spending" {
                unit: CNY
                baseline: 50 million CNY on 2019-12-31
                measured: annually from "district final accounts"
            }
            indicator admin_cost_share "Administrative cost share" {
                unit: percent
                better: lower
                formula: admin_cost / total_spending
                target: -10 points by 2021-12-31
            }
            """).AssertClean();
    }

    [Fact]
    public void Missing_target_is_reported_on_the_indicator_name()
    {
        var spec = CheckedSpec.Compile("""
            indicator satisfaction "Applicant satisfaction" {
                unit: percent
                better: higher
                baseline: 62% on 2019-12-31
                measured: quarterly from "applicant survey"
            }
            """);

        spec.AssertSingle("PS0201", DiagnosticSeverity.Warning, line: 1, column: 11,
            "The indicator 'satisfaction' has no target; say what value the pilot aims for and by when.");
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void Target_as_a_change_satisfies_the_check()
    {
        CheckedSpec.Compile("""
            indicator satisfaction "Applicant satisfaction" {
                unit: percent
                better: higher
                baseline: 62% on 2019-12-31
                target: +10 points by 2020-12-31
                measured: quarterly from "applicant survey"
            }
            """).AssertClean();
    }

    [Fact]
    public void Target_in_the_wrong_direction_is_reported_on_the_target()
    {
        var spec = CheckedSpec.Compile("""
            indicator approval_time "Average approval time" {
                unit: days
                better: lower
                baseline: 22 days on 2019-12-31
                target: +35% by 2020-12-31
                measured: monthly from "approval system"
            }
            """);

        spec.AssertSingle("PS0202", DiagnosticSeverity.Error, line: 5, column: 13,
            "The target of 'approval_time' moves the wrong way: lower is better, but the target +35% is worse than the baseline 22 days.");
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void Target_in_the_right_direction_is_accepted()
    {
        CheckedSpec.Compile("""
            indicator approval_time "Average approval time" {
                unit: days
                better: lower
                baseline: 22 days on 2019-12-31
                target: -35% by 2020-12-31
                measured: monthly from "approval system"
            }
            """).AssertClean();
    }

    [Theory]
    [InlineData("higher", "50%", true)]
    [InlineData("higher", "70%", false)]
    [InlineData("higher", "-5 points", true)]
    [InlineData("higher", "+5 points", false)]
    [InlineData("lower", "70%", true)]
    [InlineData("lower", "-5 points", false)]
    public void Direction_is_judged_for_absolute_targets_and_changes(string better, string target, bool wrong)
    {
        var diagnostics = Specs.Diagnose($$"""
            indicator satisfaction "Applicant satisfaction" {
                unit: percent
                better: {{better}}
                baseline: 62% on 2019-12-31
                target: {{target}} by 2020-12-31
                measured: quarterly from "applicant survey"
            }
            """);

        Assert.Equal(wrong, diagnostics.Any(d => d.Id == "PS0202"));
    }

    [Fact]
    public void Unit_mismatch_in_a_criterion_is_reported_on_the_comparison()
    {
        var spec = CheckedSpec.Compile("""
            indicator approval_time "Average approval time" {
                unit: days
                better: lower
                baseline: 22 days on 2019-12-31
                target: -35% by 2020-12-31
                measured: monthly from "approval system"
            }
            evaluation final "Final evaluation" at 2020-12-31 {
                require: approval_time <= 65% at all sites
                decide: scale_up when all met
                otherwise: adjust
            }
            """);

        spec.AssertSingle("PS0203", DiagnosticSeverity.Error, line: 9, column: 14,
            "The units do not match: a number in days and a number in percent.");
        Snapshot.Match(spec.Snapshot);
    }

    private const string Scores = """
        indicator approval_days "Days to approve" {
            unit: days
            better: lower
            baseline: 18 days on 2019-12-31
            target: 10 days by 2020-12-31
            measured: monthly from "approval system"
        }
        indicator overall_score "Overall score" {
            unit: score
            better: higher
            baseline: 70 score on 2019-12-31
            target: 85 score by 2020-12-31
            measured: annually from "evaluation report"
        }
        alert slow "Approvals slow" {
            when: ALERT
            severity: high
        }
        evaluation final "Final evaluation" at 2020-12-31 {
            require: REQUIRE
            decide: scale_up when all met
            otherwise: adjust
        }
        """;

    [Theory]
    // A score changes by a plain number: a change in days cannot be one.
    [InlineData("overall_score.change >= +5 days at all sites", "The units do not match: the change of an indicator without a unit (a score, index or ratio) and a number in days.")]
    [InlineData("overall_score.trend >= 2 days at all sites", "The units do not match: the change of an indicator without a unit (a score, index or ratio) and a number in days.")]
    // The threshold names a plain-number unit the indicator in days does not have.
    [InlineData("approval_days <= 15 score at all sites", "The units do not match: a number in days and a number in score.")]
    [InlineData("approval_days.change <= -5 index at all sites", "The units do not match: the change of an indicator in days and a number in index.")]
    [InlineData("15 ratio >= approval_days at all sites", "The units do not match: a number in ratio and a number in days.")]
    // A value computed from scores is a plain number too.
    [InlineData("(overall_score + overall_score.baseline) / 2 >= 80 days at all sites", "The units do not match: a number and a number in days.")]
    public void A_threshold_unit_the_indicator_does_not_have_is_a_unit_mismatch_in_a_requirement(string requirement, string message)
    {
        var spec = CheckedSpec.Compile(Scores.Replace("REQUIRE", requirement, StringComparison.Ordinal).Replace("ALERT", "approval_days > 25 days at any site", StringComparison.Ordinal));

        spec.AssertSingle("PS0203", DiagnosticSeverity.Error, line: 20, column: 14, message);
    }

    [Fact]
    public void A_threshold_unit_the_indicator_does_not_have_is_a_unit_mismatch_in_an_alert()
    {
        var spec = CheckedSpec.Compile(Scores.Replace("REQUIRE", "overall_score >= 80 score at all sites", StringComparison.Ordinal).Replace("ALERT", "overall_score.change < -5 days at any site", StringComparison.Ordinal));

        spec.AssertSingle("PS0203", DiagnosticSeverity.Error, line: 16, column: 11,
            "The units do not match: the change of an indicator without a unit (a score, index or ratio) and a number in days.");
        Assert.Equal(
            "单位不匹配：无单位指标（得分、指数或比率）的变化 与 以 days 计的数值。",
            spec.Diagnostics.Single().GetMessage(System.Globalization.CultureInfo.GetCultureInfo("zh-Hans")));
        Snapshot.Match(spec.Snapshot);
    }

    [Theory]
    [InlineData("approval_days <= 15 at all sites")]               // a bare number is in the indicator's days
    [InlineData("approval_days <= 360 hours at all sites")]        // hours convert to days
    [InlineData("overall_score >= 80 score at all sites")]
    [InlineData("overall_score >= 80 at all sites")]
    [InlineData("overall_score.change >= +5 at all sites")]
    [InlineData("overall_score.change >= +5 score at all sites")]
    [InlineData("overall_score.change >= +10% at all sites")]      // a relative change
    [InlineData("approval_days.change <= -3 days at all sites")]
    public void A_threshold_in_the_indicators_unit_or_a_plain_number_is_not_reported(string requirement)
    {
        CheckedSpec.Compile(Scores.Replace("REQUIRE", requirement, StringComparison.Ordinal).Replace("ALERT", "approval_days > 25 days at any site", StringComparison.Ordinal)).AssertClean();
    }

    [Fact]
    public void Relative_change_compares_with_a_change()
    {
        CheckedSpec.Compile("""
            indicator approval_time "Average approval time" {
                unit: days
                better: lower
                baseline: 22 days on 2019-12-31
                target: -35% by 2020-12-31
                measured: monthly from "approval system"
            }
            evaluation final "Final evaluation" at 2020-12-31 {
                require: approval_time.change <= -35% at all sites
                require: approval_time <= 15 days at all sites
                require: approval_time < 360 hours at all sites
                decide: scale_up when all met
                otherwise: adjust
            }
            """).AssertClean();
    }

    [Fact]
    public void Relative_change_of_a_rate_is_reported_on_the_target_with_both_readings()
    {
        var spec = CheckedSpec.Compile("""
            indicator satisfaction "Applicant satisfaction" {
                unit: percent
                better: higher
                baseline: 62% on 2019-12-31
                target: +15% by 2020-12-31
                measured: quarterly from "applicant survey"
            }
            """);

        spec.AssertSingle("PS0204", DiagnosticSeverity.Warning, line: 5, column: 13,
            "'+15%' is a relative change of a percentage (62% becomes 71.3%); if you meant percentage points (62% becomes 77%), write '+15 points'.");
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void Percentage_points_on_a_rate_are_accepted()
    {
        CheckedSpec.Compile("""
            indicator satisfaction "Applicant satisfaction" {
                unit: percent
                better: higher
                baseline: 62% on 2019-12-31
                target: +15 points by 2020-12-31
                measured: quarterly from "applicant survey"
            }
            """).AssertClean();
    }

    [Fact]
    public void Relative_change_of_a_quantity_that_is_not_a_rate_is_not_questioned()
    {
        CheckedSpec.Compile("""
            indicator cost_per_case "Cost per case handled" {
                unit: CNY
                better: lower
                baseline: 4_800 CNY on 2019-12-31
                target: -10% by 2020-12-31
                measured: annually from "bureau final accounts"
            }
            """).AssertClean();
    }

    [Fact]
    public void Impossible_target_is_reported_on_the_target()
    {
        var spec = CheckedSpec.Compile("""
            indicator satisfaction "Applicant satisfaction" {
                unit: percent
                better: higher
                baseline: 92% on 2019-12-31
                target: +15 points by 2020-12-31
                measured: quarterly from "applicant survey"
            }
            """);

        spec.AssertSingle("PS0205", DiagnosticSeverity.Error, line: 5, column: 13,
            "The target of 'satisfaction' is 107%, but a percentage cannot be above 100% or below 0%.");
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void Impossible_baseline_is_reported_on_the_baseline()
    {
        var spec = CheckedSpec.Compile("""
            indicator satisfaction "Applicant satisfaction" {
                unit: percent
                better: higher
                baseline: 120% on 2019-12-31
                target: 100% by 2020-12-31
                measured: quarterly from "applicant survey"
            }
            """);

        spec.AssertOne("PS0205", DiagnosticSeverity.Error, line: 4, column: 15,
            "The baseline of 'satisfaction' is 120%, but a percentage cannot be above 100% or below 0%.");
    }

    [Fact]
    public void Target_within_range_is_accepted()
    {
        CheckedSpec.Compile("""
            indicator satisfaction "Applicant satisfaction" {
                unit: percent
                better: higher
                baseline: 92% on 2019-12-31
                target: 98% by 2020-12-31
                measured: quarterly from "applicant survey"
            }
            """).AssertClean();
    }

    [Fact]
    public void Measurement_too_rare_for_the_evaluation_is_reported_on_the_indicator_in_the_criterion()
    {
        var spec = CheckedSpec.Compile("""
            indicator satisfaction "Applicant satisfaction" {
                unit: percent
                better: higher
                baseline: 62% on 2019-12-31
                target: +10 points by 2020-12-31
                measured: annually from "applicant survey"
            }
            evaluation midterm "Mid-term review" at 2020-06-30 {
                require: satisfaction >= 65% at all sites
                decide: extend when all met
                otherwise: adjust
            }
            """);

        spec.AssertSingle("PS0206", DiagnosticSeverity.Warning, line: 9, column: 14,
            "'satisfaction' is measured annually: by the evaluation 'midterm' on 2020-06-30 it has no observation yet.");
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void Measurement_often_enough_is_accepted()
    {
        CheckedSpec.Compile("""
            indicator satisfaction "Applicant satisfaction" {
                unit: percent
                better: higher
                baseline: 62% on 2019-12-31
                target: +10 points by 2020-12-31
                measured: quarterly from "applicant survey"
            }
            evaluation midterm "Mid-term review" at 2020-06-30 {
                require: satisfaction >= 65% at all sites
                decide: extend when all met
                otherwise: adjust
            }
            """).AssertClean();
    }

    [Fact]
    public void Measurement_is_counted_from_the_pilot_start_when_the_baseline_has_no_date()
    {
        var diagnostics = Specs.Diagnose("""
            pilot OneWindow "One-window approval" {
                owner: "City Government Office"
                problem: "Applicants queue at up to seven windows"
                start: 2020-01-01
                indicator satisfaction "Applicant satisfaction" {
                    unit: percent
                    better: higher
                    baseline: 62%
                    target: +10 points by 2020-12-31
                    measured: annually from "applicant survey"
                }
                evaluation final "Final" at 2020-12-31 {
                    require: satisfaction >= 70% at all sites
                    decide: scale_up when all met
                    otherwise: adjust
                }
                evaluation midterm "Mid-term" at 2020-12-30 {
                    require: satisfaction >= 65% at all sites
                    decide: extend when all met
                    otherwise: adjust
                }
            }
            """);

        // Annual from 2020-01-01: the first observation is due 2021-01-01, after both dates.
        Assert.Equal(["final", "midterm"], diagnostics.Where(d => d.Id == "PS0206").Select(d => d.Arguments[2]));
    }

    [Fact]
    public void Goal_weights_not_summing_to_one_are_reported_on_the_goal_name()
    {
        var spec = CheckedSpec.Compile("""
            goal BetterService "Faster, more satisfying service" {
                indicator approval_time "Average approval time" {
                    unit: days
                    better: lower
                    baseline: 22 days on 2019-12-31
                    target: -35% by 2020-12-31
                    measured: monthly from "approval system"
                    weight: 0.6
                }
                indicator satisfaction "Applicant satisfaction" {
                    unit: percent
                    better: higher
                    baseline: 62% on 2019-12-31
                    target: +10 points by 2020-12-31
                    measured: quarterly from "applicant survey"
                    weight: 0.3
                }
            }
            """);

        spec.AssertSingle("PS0207", DiagnosticSeverity.Error, line: 1, column: 6,
            "The weights of the indicators of goal 'BetterService' sum to 0.9, not 1.");
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void Goal_weights_summing_to_one_are_accepted_as_fractions_or_percentages()
    {
        CheckedSpec.Compile("""
            indicator approval_time "Average approval time" {
                unit: days
                better: lower
                baseline: 22 days on 2019-12-31
                target: -35% by 2020-12-31
                measured: monthly from "approval system"
            }
            indicator satisfaction "Applicant satisfaction" {
                unit: percent
                better: higher
                baseline: 62% on 2019-12-31
                target: +10 points by 2020-12-31
                measured: quarterly from "applicant survey"
            }
            goal BetterService "Faster, more satisfying service" {
                measures: approval_time weight 0.6, satisfaction weight 40%
            }
            """).AssertClean();
    }

    [Fact]
    public void Points_on_a_target_that_is_not_a_rate_are_reported_on_the_target()
    {
        var spec = CheckedSpec.Compile("""
            indicator cost_per_case "Cost per case handled" {
                unit: CNY
                better: lower
                baseline: 4_800 CNY on 2019-12-31
                target: -10 points by 2020-12-31
                measured: annually from "bureau final accounts"
            }
            """);

        spec.AssertSingle("PS0208", DiagnosticSeverity.Error, line: 5, column: 13,
            "'cost_per_case' is measured in CNY, not in percent, so a change in percentage points does not apply.");
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void Points_in_a_criterion_on_an_indicator_that_is_not_a_rate_are_reported_on_the_amount()
    {
        var spec = CheckedSpec.Compile("""
            indicator cost_per_case "Cost per case handled" {
                unit: CNY
                better: lower
                baseline: 4_800 CNY on 2019-12-31
                target: -10% by 2020-12-31
                measured: annually from "bureau final accounts"
            }
            evaluation final "Final evaluation" at 2020-12-31 {
                require: cost_per_case.change <= -10 points at all sites
                decide: scale_up when all met
                otherwise: adjust
            }
            """);

        spec.AssertSingle("PS0208", DiagnosticSeverity.Error, line: 9, column: 38,
            "'cost_per_case' is measured in CNY, not in percent, so a change in percentage points does not apply.");
    }

    [Fact]
    public void Relative_change_of_a_cost_is_accepted()
    {
        CheckedSpec.Compile("""
            indicator cost_per_case "Cost per case handled" {
                unit: CNY
                better: lower
                baseline: 4_800 CNY on 2019-12-31
                target: -10% by 2020-12-31
                measured: annually from "bureau final accounts"
            }
            evaluation final "Final evaluation" at 2020-12-31 {
                require: cost_per_case.change <= -10% at all sites
                require: cost_per_case.change <= -480 CNY at all sites
                decide: scale_up when all met
                otherwise: adjust
            }
            """).AssertClean();
    }

    [Fact]
    public void Unknown_member_is_reported_on_the_word_after_the_dot()
    {
        var spec = CheckedSpec.Compile("""
            indicator approval_time "Average approval time" {
                unit: days
                better: lower
                baseline: 22 days on 2019-12-31
                target: -35% by 2020-12-31
                measured: monthly from "approval system"
            }
            evaluation final "Final evaluation" at 2020-12-31 {
                require: approval_time.average <= 15 days at all sites
                decide: scale_up when all met
                otherwise: adjust
            }
            """);

        spec.AssertSingle("PS0209", DiagnosticSeverity.Error, line: 9, column: 28,
            "'average' is not something an indicator has; use baseline, target, latest, change, mean or trend.");
        Snapshot.Match(spec.Snapshot);
    }

    [Theory]
    [InlineData("latest")]
    [InlineData("baseline")]
    [InlineData("target")]
    [InlineData("mean")]
    public void Members_with_a_value_in_the_indicators_unit_are_accepted(string member)
    {
        CheckedSpec.Compile($$"""
            indicator approval_time "Average approval time" {
                unit: days
                better: lower
                baseline: 22 days on 2019-12-31
                target: -35% by 2020-12-31
                measured: monthly from "approval system"
            }
            evaluation final "Final evaluation" at 2020-12-31 {
                require: approval_time.{{member}} <= 30 days at all sites
                decide: scale_up when all met
                otherwise: adjust
            }
            """).AssertClean();
    }

    [Fact]
    public void Baseline_in_another_unit_is_reported_on_the_baseline()
    {
        var spec = CheckedSpec.Compile("""
            indicator key_post_officers "Police officers on key posts" {
                unit: officers
                better: higher
                baseline: 1_200 people on 2018-12-31
                target: +30% by 2020-12-31
                measured: monthly from "duty roster system"
            }
            """);

        spec.AssertSingle("PS0210", DiagnosticSeverity.Error, line: 4, column: 15,
            "The baseline of 'key_post_officers' is in people, but the indicator is measured in officers.");
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void Target_in_another_unit_is_reported_on_the_target()
    {
        var spec = CheckedSpec.Compile("""
            indicator response_time "Average response time" {
                unit: minutes
                better: lower
                baseline: 18 minutes on 2018-12-31
                target: 12% by 2020-12-31
                measured: monthly from "dispatch system"
            }
            """);

        spec.AssertSingle("PS0210", DiagnosticSeverity.Error, line: 5, column: 13,
            "The target of 'response_time' is in percent, but the indicator is measured in minutes.");
    }

    [Fact]
    public void Values_in_the_indicators_unit_or_a_convertible_one_are_accepted()
    {
        CheckedSpec.Compile("""
            indicator key_post_officers "Police officers on key posts" {
                unit: officers
                better: higher
                baseline: 1_200 officers on 2018-12-31
                target: 1_560 officer by 2020-12-31
                measured: monthly from "duty roster system"
            }
            indicator response_time "Average response time" {
                unit: minutes
                better: lower
                baseline: 0.3 hours on 2018-12-31
                target: 12 minutes by 2020-12-31
                measured: monthly from "dispatch system"
            }
            """).AssertClean();
    }

    [Fact]
    public void Value_where_a_condition_is_needed_is_reported_on_the_value()
    {
        var spec = CheckedSpec.Compile("""
            indicator satisfaction "Applicant satisfaction" {
                unit: percent
                better: higher
                baseline: 62% on 2019-12-31
                target: +10 points by 2020-12-31
                measured: quarterly from "applicant survey"
            }
            evaluation final "Final evaluation" at 2020-12-31 {
                require: satisfaction at all sites
                decide: scale_up when all met
                otherwise: adjust
            }
            """);

        spec.AssertSingle("PS0211", DiagnosticSeverity.Error, line: 9, column: 14,
            "This must be a condition (true or false), but it is a number in percent.");
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void Operand_of_and_that_is_not_a_condition_is_reported_alone()
    {
        var spec = CheckedSpec.Compile("""
            indicator satisfaction "Applicant satisfaction" {
                unit: percent
                better: higher
                baseline: 62% on 2019-12-31
                target: +10 points by 2020-12-31
                measured: quarterly from "applicant survey"
            }
            alert low "Satisfaction low" {
                when: satisfaction < 60% and satisfaction
                notify: owner
            }
            """);

        spec.AssertSingle("PS0211", DiagnosticSeverity.Error, line: 9, column: 34,
            "This must be a condition (true or false), but it is a number in percent.");
    }

    [Fact]
    public void Comparison_is_a_condition()
    {
        CheckedSpec.Compile("""
            indicator satisfaction "Applicant satisfaction" {
                unit: percent
                better: higher
                baseline: 62% on 2019-12-31
                target: +10 points by 2020-12-31
                measured: quarterly from "applicant survey"
            }
            evaluation final "Final evaluation" at 2020-12-31 {
                require: satisfaction >= 72% at all sites
                require: not (satisfaction < 60%) and satisfaction.change >= +5 points
                decide: scale_up when all met
                otherwise: adjust
            }
            """).AssertClean();
    }

    [Theory]
    [InlineData("baseline: 0.3 hours on 2018-12-31", "target: 12 minutes by 2020-12-31", false)]
    [InlineData("baseline: 0.3 hours on 2018-12-31", "target: 25 minutes by 2020-12-31", true)]
    [InlineData("baseline: 18 minutes on 2018-12-31", "target: -0.1 hours by 2020-12-31", false)]
    [InlineData("baseline: 18 minutes on 2018-12-31", "target: +0.1 hours by 2020-12-31", true)]
    public void Direction_compares_targets_in_the_baselines_unit(string baseline, string target, bool wrong)
    {
        // A target of 12 minutes is below a baseline of 0.3 hours (18 minutes), not above 0.3.
        var diagnostics = Specs.Diagnose($$"""
            indicator response_time "Average response time" {
                unit: minutes
                better: lower
                {{baseline}}
                {{target}}
                measured: monthly from "dispatch system"
            }
            """);

        Assert.Equal(wrong, diagnostics.Any(d => d.Id == "PS0202"));
    }

    [Fact]
    public void Formula_with_a_misspelt_input_does_not_make_its_other_inputs_look_untargeted()
    {
        var spec = CheckedSpec.Compile("""
            indicator admin_cost "Administrative cost" {
                unit: CNY
                baseline: 12 million CNY on 2019-12-31
                measured: annually from "district final accounts"
            }
            indicator admin_cost_share "Administrative cost share" {
                unit: percent
                better: lower
                formula: admin_cost / total_spendng
                target: -10 points by 2021-12-31
            }
            """);

        spec.AssertSingle("PS0101", DiagnosticSeverity.Error, line: 9, column: 27, "'total_spendng' is not declared.");
    }

    [Fact]
    public void Sign_before_something_that_is_not_a_number_is_an_invalid_value()
    {
        var spec = CheckedSpec.Compile("""
            alert odd "Odd alert" {
                when: -"many" > 3
                notify: owner
            }
            """);

        spec.AssertSingle("PS0112", DiagnosticSeverity.Error, line: 2, column: 12, "'when' expects a number after '-'.");
    }
}
