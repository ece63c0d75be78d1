using System.Globalization;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Tests.TestSupport;
using Snapshooter.Xunit;

namespace PilotSpec.CodeAnalysis.Tests.Binding;

/// <summary>
/// Names and properties (PS0100–PS0104, PS0107–PS0113): each finding lands on the name or
/// value that is wrong, once, and the corrected spec is clean.
/// </summary>
public sealed class NameTests
{
    [Fact]
    public void Duplicate_declaration_is_reported_on_the_second_name()
    {
        var spec = CheckedSpec.Compile("""
            site Dongcheng "East district" { level: county }
            site Dongcheng "West district" { level: county; role: comparison }
            """);

        spec.AssertSingle("PS0100", DiagnosticSeverity.Error, line: 2, column: 6,
            "'Dongcheng' is already declared as the site 'Dongcheng' on line 1; each name may be declared only once.");
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void Distinct_names_are_not_duplicates()
    {
        CheckedSpec.Compile("""
            site Dongcheng "East district" { level: county }
            site Xicheng "West district" { level: county; role: comparison }
            """).AssertClean();
    }

    [Fact]
    public void Duplicate_declaration_of_a_complete_indicator_gets_no_further_findings()
    {
        // The second declaration is never bound: its (unbound) facts must not be reported again.
        var spec = CheckedSpec.Compile("""
            indicator satisfaction "Applicant satisfaction" {
                unit: percent
                better: higher
                baseline: 62% on 2019-12-31
                target: +10 points by 2020-12-31
                measured: quarterly from "applicant survey"
            }
            indicator satisfaction "Applicant satisfaction" {
                unit: percent
                better: higher
                baseline: 62% on 2019-12-31
                target: +10 points by 2020-12-31
                measured: quarterly from "applicant survey"
            }
            """);

        spec.AssertSingle("PS0100", DiagnosticSeverity.Error, line: 8, column: 11,
            "'satisfaction' is already declared as the indicator 'satisfaction' on line 1; each name may be declared only once.");
    }

    [Fact]
    public void Duplicate_group_is_reported_once_and_called_a_group()
    {
        var spec = CheckedSpec.Compile("""
            site Xicheng "West district" { level: county; role: comparison }
            group control = [Xicheng]
            group control = [Xicheng]
            evaluation final at 2020-12-31 {
                method: difference_in_differences against control
                require: true
                decide: scale_up when all met
                otherwise: adjust
            }
            """);

        spec.AssertSingle("PS0100", DiagnosticSeverity.Error, line: 3, column: 7,
            "'control' is already declared as the group 'control' on line 2; each name may be declared only once.");
    }

    [Fact]
    public void Undefined_name_is_reported_on_the_name()
    {
        var spec = CheckedSpec.Compile("""
            phase Trial "Trial of the one-window service" {
                start: 2020-01-01
                duration: 12 months
                in: Xicheng
            }
            """);

        spec.AssertSingle("PS0101", DiagnosticSeverity.Error, line: 4, column: 9, "'Xicheng' is not declared.");
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void Declared_name_is_not_undefined()
    {
        CheckedSpec.Compile("""
            site Xicheng "West district" { level: county }
            phase Trial "Trial of the one-window service" {
                start: 2020-01-01
                duration: 12 months
                in: Xicheng
            }
            """).AssertClean();
    }

    [Fact]
    public void Misspelt_name_is_reported_with_the_closest_declared_name()
    {
        var spec = CheckedSpec.Compile("""
            site Dongcheng "East district" { level: county }
            phase Trial "Trial of the one-window service" {
                start: 2020-01-01
                duration: 12 months
                in: Dongchen
            }
            """);

        spec.AssertSingle("PS0102", DiagnosticSeverity.Error, line: 5, column: 9, "'Dongchen' is not declared; did you mean 'Dongcheng'?");
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void Correctly_spelt_name_gets_no_suggestion()
    {
        CheckedSpec.Compile("""
            site Dongcheng "East district" { level: county }
            phase Trial "Trial of the one-window service" {
                start: 2020-01-01
                duration: 12 months
                in: Dongcheng
            }
            """).AssertClean();
    }

    [Fact]
    public void Suggestion_is_only_of_the_kind_expected_here()
    {
        // `Dongchen` is one letter from the indicator `Dongcheng`, but an indicator is no place
        // to run a phase: suggesting it would lead to PS0103 next.
        var spec = CheckedSpec.Compile("""
            indicator Dongcheng "Dongcheng index" {
                unit: index
                better: higher
                baseline: 100 on 2019-12-31
                target: 110 by 2020-12-31
                measured: annually from "statistics bureau"
            }
            phase Trial "Trial" {
                start: 2020-01-01
                duration: 12 months
                in: Dongchen
            }
            """);

        spec.AssertSingle("PS0101", DiagnosticSeverity.Error, line: 11, column: 9, "'Dongchen' is not declared.");
    }

    [Fact]
    public void Wrong_kind_of_name_is_reported_on_the_name()
    {
        var spec = CheckedSpec.Compile("""
            site Dongcheng "East district" { level: county }
            wave first = [Dongcheng]
            phase Launch "Launch and training" {
                start: 2020-01-01
                duration: 3 months
                in: first
            }
            phase Rollout "Roll-out" {
                after: first
                duration: 9 months
                in: first
            }
            """);

        spec.AssertSingle("PS0103", DiagnosticSeverity.Error, line: 9, column: 12, "'first' is a wave, but a phase is expected here.");
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void Name_of_the_expected_kind_is_accepted()
    {
        CheckedSpec.Compile("""
            site Dongcheng "East district" { level: county }
            wave first = [Dongcheng]
            phase Launch "Launch and training" {
                start: 2020-01-01
                duration: 3 months
                in: first
            }
            phase Rollout "Roll-out" {
                after: Launch
                duration: 9 months
                in: first
            }
            """).AssertClean();
    }

    [Fact]
    public void Wrong_kind_message_uses_an_before_a_vowel_and_Chinese_kind_words()
    {
        var spec = CheckedSpec.Compile("""
            indicator approval_time "Average approval time" {
                unit: days
                better: lower
                baseline: 22 days on 2019-12-31
                target: -35% by 2020-12-31
                measured: monthly from "approval system"
            }
            phase Trial "Trial" {
                start: 2020-01-01
                duration: 12 months
                in: approval_time
            }
            """);

        var diagnostic = spec.AssertSingle("PS0103", DiagnosticSeverity.Error, line: 11, column: 9,
            "'approval_time' is an indicator, but a wave or a site is expected here.");
        Assert.StartsWith("“approval_time”是指标，", diagnostic.GetMessage(CultureInfo.GetCultureInfo("zh-Hans")), StringComparison.Ordinal);
    }

    [Fact]
    public void Unused_wave_is_reported_on_its_name()
    {
        var spec = CheckedSpec.Compile("""
            site Dongcheng "East district" { level: county }
            site Nancheng "South district" { level: county }
            wave first = [Dongcheng, Nancheng]
            phase Trial "Trial of the one-window service" {
                start: 2020-01-01
                duration: 12 months
                in: all sites
            }
            """);

        spec.AssertSingle("PS0104", DiagnosticSeverity.Warning, line: 3, column: 6, "The wave 'first' is declared but never used.");
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void Wave_a_phase_runs_in_is_used()
    {
        CheckedSpec.Compile("""
            site Dongcheng "East district" { level: county }
            site Nancheng "South district" { level: county }
            wave first = [Dongcheng, Nancheng]
            phase Trial "Trial of the one-window service" {
                start: 2020-01-01
                duration: 12 months
                in: first
            }
            """).AssertClean();
    }

    [Fact]
    public void Unused_group_is_called_a_group_in_both_languages()
    {
        var spec = CheckedSpec.Compile("""
            site Xicheng "West district" { level: county; role: comparison }
            group control = [Xicheng]
            """);

        var diagnostic = spec.AssertSingle("PS0104", DiagnosticSeverity.Warning, line: 2, column: 7, "The group 'control' is declared but never used.");
        Assert.Equal("分组“control”已声明但从未使用。", diagnostic.GetMessage(CultureInfo.GetCultureInfo("zh-Hans")));
    }

    [Fact]
    public void Group_compared_against_is_used()
    {
        CheckedSpec.Compile("""
            site Dongcheng "East district" { level: county }
            site Xicheng "West district" { level: county; role: comparison }
            group control = [Xicheng]
            evaluation final at 2020-12-31 {
                method: difference_in_differences against control
                require: true
                decide: scale_up when all met
                otherwise: adjust
            }
            """).AssertClean();
    }

    [Fact]
    public void Unknown_property_is_reported_on_its_name()
    {
        var spec = CheckedSpec.Compile("""
            indicator approval_time "Average approval time" {
                unit: days
                better: lower
                baseline: 22 days on 2019-12-31
                target: -35% by 2020-12-31
                measured: monthly from "approval system"
                owner: "City Government Office"
            }
            """);

        spec.AssertSingle("PS0107", DiagnosticSeverity.Error, line: 7, column: 5, "'owner' is not a property of an indicator.");
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void Known_property_is_accepted()
    {
        CheckedSpec.Compile("""
            indicator approval_time "Average approval time" {
                unit: days
                better: lower
                baseline: 22 days on 2019-12-31
                target: -35% by 2020-12-31
                measured: monthly from "approval system"
                responsible: "City Government Office"
            }
            """).AssertClean();
    }

    [Fact]
    public void Site_accepts_any_attribute()
    {
        CheckedSpec.Compile("""
            site Dongcheng "East district" { level: county; population: 820_000 people; budget: 950 million CNY }
            """).AssertClean();
    }

    [Fact]
    public void Misspelt_property_is_reported_with_the_closest_property()
    {
        var spec = CheckedSpec.Compile("""
            phase Trial "Trial of the one-window service" {
                start: 2020-01-01
                duraton: 12 months
                in: all sites
            }
            """);

        spec.AssertSingle("PS0108", DiagnosticSeverity.Error, line: 3, column: 5, "'duraton' is not a property of a phase; did you mean 'duration'?");
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void Correctly_spelt_property_is_accepted()
    {
        CheckedSpec.Compile("""
            phase Trial "Trial of the one-window service" {
                start: 2020-01-01
                duration: 12 months
                in: all sites
            }
            """).AssertClean();
    }

    [Theory]
    [InlineData("pilot P { ownr: \"Office\"; problem: \"Queues\"; start: 2020-01-01 }", "owner")]
    [InlineData("pilot P { owner: \"Office\"; problm: \"Queues\"; start: 2020-01-01 }", "problem")]
    [InlineData("pilot P { owner: \"Office\"; problem: \"Queues\"; strt: 2020-01-01 }", "start")]
    [InlineData("indicator i { unit: days; better: lower; basline: 2 days; target: 1 days; measured: monthly from \"x\" }", "baseline")]
    [InlineData("indicator i { unit: days; better: lower; baseline: 2 days; targt: 1 days; measured: monthly from \"x\" }", "target")]
    [InlineData("indicator i { unit: days; better: lower; baseline: 2 days; target: 1 days; mesured: monthly from \"x\" }", "measured")]
    [InlineData("phase A { strt: 2020-01-01; duration: 1 month; in: all sites }", "start")]
    [InlineData("phase A { start: 2020-01-01; duration: 1 month; inn: all sites }", "in")]
    [InlineData("evaluation e at 2020-12-31 { requir: true; decide: scale_up when all met; otherwise: adjust }", "require")]
    [InlineData("evaluation e at 2020-12-31 { require: true; decide: scale_up when all met; otherwse: adjust }", "otherwise")]
    [InlineData("alert a { whn: true; notify: owner }", "when")]
    public void Misspelt_property_is_not_also_reported_as_missing(string text, string property)
    {
        // One mistake, one diagnostic: the property was given, under a wrong name.
        var diagnostic = Assert.Single(Specs.Diagnose(text));

        Assert.Equal("PS0108", diagnostic.Id);
        Assert.EndsWith($"did you mean '{property}'?", diagnostic.GetMessage(CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_property_is_reported_on_the_second_name()
    {
        var spec = CheckedSpec.Compile("""
            pilot OneWindow "One-window approval" {
                owner: "City Government Office"
                owner: "City Market Regulation Bureau"
                problem: "Applicants queue at up to seven windows"
                start: 2020-01-01
            }
            """);

        spec.AssertSingle("PS0109", DiagnosticSeverity.Error, line: 3, column: 5, "The property 'owner' is already given for this pilot.");
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void Partners_name_further_organisations()
    {
        CheckedSpec.Compile("""
            pilot OneWindow "One-window approval" {
                owner: "City Government Office"
                partners: "City Market Regulation Bureau"
                problem: "Applicants queue at up to seven windows"
                start: 2020-01-01
            }
            """).AssertClean();
    }

    [Fact]
    public void Require_may_be_repeated()
    {
        CheckedSpec.Compile("""
            evaluation final at 2020-12-31 {
                require: true
                require: not false
                decide: scale_up when all met
                otherwise: adjust
            }
            """).AssertClean();
    }

    [Fact]
    public void Misplaced_declaration_is_reported_on_its_keyword()
    {
        var spec = CheckedSpec.Compile("""
            phase Implementation "Implementation" {
                start: 2020-01-01
                duration: 12 months
                in: all sites
                phase Training "Staff training" {
                    start: 2020-01-01
                    duration: 1 month
                    in: all sites
                }
            }
            """);

        spec.AssertSingle("PS0110", DiagnosticSeverity.Error, line: 5, column: 5, "You cannot declare a phase inside a phase.");
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void Declarations_side_by_side_are_well_placed()
    {
        CheckedSpec.Compile("""
            phase Training "Staff training" {
                start: 2020-01-01
                duration: 1 month
                in: all sites
            }
            phase Implementation "Implementation" {
                start: 2020-01-01
                duration: 12 months
                in: all sites
            }
            """).AssertClean();
    }

    [Theory]
    [InlineData("site S { indicator i {} }", "You cannot declare an indicator inside a site.", "指标不能在地点内部声明。")]
    [InlineData("goal G { alert a {} }", "You cannot declare an alert inside a goal.", "预警不能在目标内部声明。")]
    [InlineData("indicator i { group g = [] }", "You cannot declare a group inside an indicator.", "分组不能在指标内部声明。")]
    public void Misplaced_declaration_message_reads_well_in_both_languages(string text, string english, string chinese)
    {
        var diagnostic = Assert.Single(Specs.Diagnose(text), d => d.Id == "PS0110");

        Assert.Equal(english, diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal(chinese, diagnostic.GetMessage(CultureInfo.GetCultureInfo("zh-Hans")));
    }

    [Fact]
    public void Nesting_the_pilot_allows_goals_indicators_and_sub_sites()
    {
        CheckedSpec.Compile("""
            pilot OneWindow "One-window approval" {
                owner: "City Government Office"
                problem: "Applicants queue at up to seven windows"
                start: 2020-01-01
                goal Faster "Faster approvals" {
                    indicator approval_time "Average approval time" {
                        unit: days
                        better: lower
                        baseline: 22 days on 2019-12-31
                        target: -35% by 2020-12-31
                        measured: monthly from "approval system"
                    }
                }
                site Harbor "Harbor City" {
                    level: city
                    site Dongcheng "East district" { level: county }
                }
                phase Trial { start: 2020-01-01; duration: 12 months; in: Dongcheng }
            }
            """).AssertClean();
    }

    [Fact]
    public void Second_pilot_is_reported_on_its_name()
    {
        var spec = CheckedSpec.Compile("""
            pilot OneWindow "One-window approval" {
                owner: "City Government Office"
                problem: "Applicants queue at up to seven windows"
                start: 2020-01-01
            }
            pilot OnlineBooking "Online booking of appointments" {
                owner: "City Government Office"
                problem: "Applicants cannot plan their visit"
                start: 2020-06-01
            }
            """);

        spec.AssertSingle("PS0111", DiagnosticSeverity.Error, line: 6, column: 7,
            "A file specifies one pilot, but 'OnlineBooking' is a second one; put it in a file of its own.");
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void One_pilot_per_spec_is_fine()
    {
        CheckedSpec.Compile("""
            pilot OneWindow "One-window approval" {
                owner: "City Government Office"
                problem: "Applicants queue at up to seven windows"
                start: 2020-01-01
            }
            """).AssertClean();
    }

    [Fact]
    public void Invalid_property_value_is_reported_on_the_value_only()
    {
        // Not also "no start" (PS0405): the start was given, wrongly.
        var spec = CheckedSpec.Compile("""
            phase Trial "Trial of the one-window service" {
                start: "March 2020"
                duration: 12 months
                in: all sites
            }
            """);

        spec.AssertSingle("PS0112", DiagnosticSeverity.Error, line: 2, column: 12, "'start' expects a date such as 2019-03-01.");
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void Date_is_a_valid_start()
    {
        CheckedSpec.Compile("""
            phase Trial "Trial of the one-window service" {
                start: 2020-03-01
                duration: 12 months
                in: all sites
            }
            """).AssertClean();
    }

    [Fact]
    public void Unknown_word_is_reported_with_the_words_allowed()
    {
        var spec = CheckedSpec.Compile("""
            indicator approval_time "Average approval time" {
                unit: days
                better: shorter
                baseline: 22 days on 2019-12-31
                target: -35% by 2020-12-31
                measured: monthly from "approval system"
            }
            """);

        spec.AssertSingle("PS0113", DiagnosticSeverity.Error, line: 3, column: 13, "'shorter' is not a valid value for 'better'; use higher, lower.");
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void Allowed_word_is_accepted()
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

    [Fact]
    public void Member_of_something_that_is_not_an_indicator_names_what_it_is()
    {
        var spec = CheckedSpec.Compile("""
            indicator approval_time "Average approval time" {
                unit: days
                better: lower
                baseline: 22 days on 2019-12-31
                target: -35% by 2020-12-31
                measured: monthly from "approval system"
            }
            alert odd { when: approval_time.change.mean > 3 days; notify: owner }
            """);

        spec.AssertSingle("PS0103", DiagnosticSeverity.Error, line: 8, column: 19,
            "'approval_time.change' is the change of an indicator in days, but an indicator is expected here.");
    }
}
