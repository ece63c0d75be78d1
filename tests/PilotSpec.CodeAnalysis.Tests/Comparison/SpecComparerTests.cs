using PilotSpec.CodeAnalysis.Comparison;
using PilotSpec.CodeAnalysis.Formatting;
using PilotSpec.CodeAnalysis.Tests.TestSupport;

namespace PilotSpec.CodeAnalysis.Tests.Comparison;

/// <summary>
/// `pilotc diff`'s semantics on pairs of specs: each kind of change, the direction-dependent
/// ones on both directions, renames, moved declarations and pure reformatting.
/// </summary>
public sealed class SpecComparerTests
{
    // A pilot that started on 2024-01-01; the comparison is made on 2025-01-01 unless a test
    // says otherwise. Three pilot sites (two waves) and a comparison site.
    private const string Base = """
        pilot Reform "Approval reform" {
            owner: "City government"
            start: 2024-01-01
            end: 2025-12-31

            goal Faster "Faster approvals" {
                indicator approval_days "Days to approve a project" {
                    unit: days
                    better: lower
                    baseline: 120 days on 2023-12-31
                    target: 60 days by 2025-06-30
                    measured: quarterly from "approval system"
                }
                indicator satisfaction "Applicants satisfied" {
                    unit: percent
                    better: higher
                    baseline: 70% on 2023-12-31
                    target: +15 points by 2025-06-30
                    measured: quarterly from "survey"
                }
            }

            site North "North district" { level: county }
            site South "South district" { level: county }
            site East "East district" { level: county }
            site West "West district" { level: county; role: comparison }

            wave first = [North, South]
            wave second = [East]
            group control = [West]

            phase Trial "Trial" { start: 2024-01-01; duration: 18 months; in: all sites }

            alert slow "Approvals too slow" {
                when: approval_days > 150 days for 2 consecutive quarters at any site
                notify: owner
            }

            evaluation final "Final evaluation" at end of Trial {
                method: difference_in_differences against control
                require: approval_days <= 60 days at all sites
                require: satisfaction.change >= +15 points at 80% of sites
                decide: scale_up when all met
                decide: terminate when none met
                otherwise: adjust
            }
        }
        """;

    private static readonly DateTime AfterStart = new(2025, 1, 1);

    [Fact]
    public void The_same_spec_has_no_change()
    {
        Assert.Empty(Diff(Base, Base));
    }

    [Fact]
    public void An_upper_target_raised_on_a_lower_is_better_indicator_is_a_weakening()
    {
        // 60 → 90 days: lower is better, so 90 is easier to reach.
        var change = Assert.Single(Diff(Base, Base.Replace("target: 60 days by", "target: 90 days by")));

        Assert.Equal((ChangeKind.Weakening, ChangeAspect.Target, "approval_days", "60 days by 2025-06-30", "90 days by 2025-06-30"), Summary(change));
    }

    [Fact]
    public void The_same_numbers_on_a_higher_is_better_indicator_strengthen_it()
    {
        // The very same edit of the number, with better: higher: 90 is harder to reach than 60.
        var higher = Base.Replace("better: lower", "better: higher").Replace("baseline: 120 days", "baseline: 30 days");

        var change = Assert.Single(Diff(higher, higher.Replace("target: 60 days by", "target: 90 days by")));

        Assert.Equal(ChangeKind.Strengthening, change.Kind);
    }

    [Fact]
    public void A_smaller_change_target_on_a_higher_is_better_indicator_is_a_weakening()
    {
        // 70% + 15 points = 85% becomes 70% + 10 points = 80%.
        var change = Assert.Single(Diff(Base, Base.Replace("target: +15 points", "target: +10 points")));

        Assert.Equal((ChangeKind.Weakening, ChangeAspect.Target, "satisfaction", "+15 points by 2025-06-30", "+10 points by 2025-06-30"), Summary(change));
    }

    [Fact]
    public void A_deadline_moved_later_is_a_weakening_and_earlier_a_strengthening()
    {
        var later = Assert.Single(Diff(Base, Base.Replace("target: 60 days by 2025-06-30", "target: 60 days by 2025-12-31")));
        var earlier = Assert.Single(Diff(Base, Base.Replace("target: 60 days by 2025-06-30", "target: 60 days by 2025-03-31")));

        Assert.Equal((ChangeKind.Weakening, ChangeAspect.TargetDeadline, "approval_days", "2025-06-30", "2025-12-31"), Summary(later));
        Assert.Equal(ChangeKind.Strengthening, earlier.Kind);
    }

    [Fact]
    public void A_quantifier_loosened_is_a_weakening_even_where_todays_sites_require_as_many()
    {
        // all of 3 pilot sites → 80% of 3 = 3 (rounded up): the same count today, yet the words
        // now let one site in five fail. 80% → 60% of 3 = 2: fewer sites.
        var loosened = Assert.Single(Diff(Base, Base.Replace("approval_days <= 60 days at all sites", "approval_days <= 60 days at 80% of sites")));
        var fewer = Assert.Single(Diff(Base, Base.Replace("at 80% of sites", "at 60% of sites")));
        var tightened = Assert.Single(Diff(Base, Base.Replace("at 80% of sites", "at all sites")));

        Assert.Equal((ChangeKind.Weakening, ChangeAspect.Quantifier, "final", "at all sites", "at 80% of sites"), Summary(loosened));
        Assert.Equal((ChangeKind.Weakening, ChangeAspect.Quantifier, "final", "at 80% of sites", "at 60% of sites"), Summary(fewer));
        Assert.Equal(ChangeKind.Strengthening, tightened.Kind);
    }

    [Fact]
    public void Sites_dropped_from_a_criterions_range_are_a_weakening()
    {
        // all sites (North, South, East) → all sites in first (North, South): East's results no
        // longer count.
        var change = Assert.Single(Diff(Base, Base.Replace("approval_days <= 60 days at all sites", "approval_days <= 60 days at all sites in first")));

        Assert.Equal((ChangeKind.Weakening, ChangeAspect.QuantifiedSites, "final", "at all sites", "at all sites in first"), Summary(change));
    }

    [Fact]
    public void A_threshold_eased_in_the_conditions_own_direction_is_a_weakening()
    {
        // `<= 60 days` → `<= 75 days` lets more values through; `>= +15 points` → `>= +12 points` too.
        var upper = Assert.Single(Diff(Base, Base.Replace("approval_days <= 60 days at all sites", "approval_days <= 75 days at all sites")));
        var lower = Assert.Single(Diff(Base, Base.Replace("satisfaction.change >= +15 points", "satisfaction.change >= +12 points")));
        var strict = Assert.Single(Diff(Base, Base.Replace("approval_days <= 60 days at all sites", "approval_days < 60 days at all sites")));

        Assert.Equal((ChangeKind.Weakening, ChangeAspect.Threshold, "final", "approval_days <= 60 days", "approval_days <= 75 days"), Summary(upper));
        Assert.Equal(ChangeKind.Weakening, lower.Kind);
        Assert.Equal(ChangeKind.Strengthening, strict.Kind);
    }

    [Fact]
    public void A_requirement_removed_is_a_weakening_and_one_added_a_strengthening()
    {
        const string Second = "        require: satisfaction.change >= +15 points at 80% of sites\n";
        var removed = Assert.Single(Diff(Base, Base.Replace(Second, string.Empty)));
        var added = Assert.Single(Diff(Base.Replace(Second, string.Empty), Base));

        Assert.Equal((ChangeKind.Weakening, ChangeAspect.Requirement, "final", "satisfaction.change >= +15 points at 80% of sites", null), Summary(removed));
        Assert.Equal(ChangeKind.Strengthening, added.Kind);
    }

    [Fact]
    public void A_decision_to_scale_up_made_easier_is_a_weakening_and_one_to_terminate_a_strengthening()
    {
        // `all met` → `any met`: easier to satisfy. For scale_up that is a weakening; for
        // terminate (`none met` → `any met` is no ordering, so the test uses all → any) a strengthening.
        var scaleUp = Assert.Single(Diff(Base, Base.Replace("decide: scale_up when all met", "decide: scale_up when any met")));
        var terminate = Assert.Single(Diff(
            Base.Replace("decide: terminate when none met", "decide: terminate when all met"),
            Base.Replace("decide: terminate when none met", "decide: terminate when any met")));
        var otherwise = Assert.Single(Diff(Base, Base.Replace("otherwise: adjust", "otherwise: extend")));

        Assert.Equal((ChangeKind.Weakening, ChangeAspect.Quantifier, "final", "all met", "any met"), Summary(scaleUp));
        Assert.Equal(ChangeKind.Strengthening, terminate.Kind);
        Assert.Equal((ChangeKind.Weakening, ChangeAspect.Otherwise, "final", "adjust", "extend"), Summary(otherwise));
    }

    [Fact]
    public void A_comparison_group_changed_is_a_weakening()
    {
        var changed = Base.Replace("group control = [West]", "group control = [West]\n    site Far \"Far district\" { level: county; role: comparison }\n    group others = [Far]")
            .Replace("against control", "against others");

        var change = Diff(Base, changed).Single(c => c.Aspect == ChangeAspect.ComparedAgainst);

        Assert.Equal((ChangeKind.Weakening, ChangeAspect.ComparedAgainst, "final", "difference_in_differences against control", "difference_in_differences against others"), Summary(change));
    }

    [Fact]
    public void An_evaluation_held_later_is_a_weakening()
    {
        // The trial's 18 months end on 2025-06-30; 21 months end on 2025-09-30. The phase's end
        // moves too (scope).
        var changes = Diff(Base, Base.Replace("duration: 18 months", "duration: 21 months"));

        var timing = changes.Single(c => c.Aspect == ChangeAspect.Timing);
        Assert.Equal((ChangeKind.Weakening, ChangeAspect.Timing, "final", "2025-06-30", "2025-09-30"), Summary(timing));
        Assert.Contains(changes, c => c.Kind == ChangeKind.Scope && c.Aspect == ChangeAspect.Dates && c.Declaration == "Trial");
    }

    [Fact]
    public void A_baseline_moved_after_the_start_is_a_weakening_and_before_it_a_change_of_scope()
    {
        var moved = Base.Replace("baseline: 70% on 2023-12-31", "baseline: 65% on 2023-12-31");

        // The target (+15 points) is relative: it moves with the baseline and is not reported twice.
        var after = Assert.Single(Diff(Base, moved));
        var before = Assert.Single(Diff(Base, moved, new DateTime(2023, 12, 1)));

        Assert.Equal((ChangeKind.Weakening, ChangeAspect.Baseline, "satisfaction", "70% on 2023-12-31", "65% on 2023-12-31"), Summary(after));
        Assert.Equal(ChangeKind.Scope, before.Kind);
    }

    [Fact]
    public void An_alert_that_fires_less_easily_is_a_weakening_and_sooner_a_strengthening()
    {
        var later = Assert.Single(Diff(Base, Base.Replace("approval_days > 150 days", "approval_days > 180 days")));
        var sooner = Assert.Single(Diff(Base, Base.Replace("for 2 consecutive quarters", "for 1 consecutive quarters")));
        var removed = Assert.Single(Diff(Base, Base[..Base.IndexOf("    alert slow", StringComparison.Ordinal)] + Base[(Base.IndexOf("    evaluation final", StringComparison.Ordinal))..]));

        Assert.Equal((ChangeKind.Weakening, ChangeAspect.Threshold, "slow", "approval_days > 150 days", "approval_days > 180 days"), Summary(later));
        Assert.Equal(ChangeKind.Strengthening, sooner.Kind);
        Assert.Equal((ChangeKind.Weakening, ChangeAspect.Removed, "slow", "slow", null), Summary(removed));
    }

    [Fact]
    public void A_renamed_indicator_is_a_rename_and_the_criteria_on_it_are_unchanged()
    {
        var renamed = Base.Replace("approval_days", "days_to_approve");

        var change = Assert.Single(Diff(Base, renamed));

        Assert.Equal((ChangeKind.Rename, ChangeAspect.Renamed, "days_to_approve", "approval_days", "days_to_approve"), Summary(change));
    }

    [Fact]
    public void Moved_declarations_and_reordered_criteria_are_no_change()
    {
        var indicators = Base.IndexOf("        indicator satisfaction", StringComparison.Ordinal);
        var goalEnd = Base.IndexOf("    }\n\n    site North", StringComparison.Ordinal);
        var first = Base.IndexOf("        indicator approval_days", StringComparison.Ordinal);
        var swapped = Base[..first] + Base[indicators..goalEnd] + Base[first..indicators] + Base[goalEnd..];
        var requirements = swapped
            .Replace("        require: approval_days <= 60 days at all sites\n", "TEMP")
            .Replace("        require: satisfaction.change >= +15 points at 80% of sites\n", "        require: satisfaction.change >= +15 points at 80% of sites\n        require: approval_days <= 60 days at all sites\n")
            .Replace("TEMP", string.Empty);

        Assert.NotEqual(Base, requirements);
        Assert.Empty(Diff(Base, requirements));
    }

    [Theory]
    [MemberData(nameof(Examples.All), MemberType = typeof(Examples))]
    public void Pure_reformatting_of_an_example_is_no_change(string example)
    {
        // Indentation halved at the start of every line (strings keep their spaces), then the
        // formatter's own layout: the same spec twice over.
        var text = Examples.Read(example);
        var squeezed = System.Text.RegularExpressions.Regex.Replace(text, "^( +)", m => new string(' ', m.Length / 2), System.Text.RegularExpressions.RegexOptions.Multiline);
        var formatted = SpecFormatter.Format(squeezed).Text;
        var path = Repository.PathOf("examples", example);

        Assert.NotEqual(text, squeezed);
        Assert.Empty(Diff(text, squeezed, path: path));
        Assert.Empty(Diff(text, formatted, path: path));
    }

    [Fact]
    public void Sites_added_to_a_wave_and_a_changed_role_are_changes_of_scope()
    {
        var old = Base.Replace("group control = [West]", "group control = [West]\n    site Spare \"Spare district\" { level: county }");
        var changed = old.Replace("wave second = [East]", "wave second = [East, Far]\n    site Far \"Far district\" { level: county }")
            .Replace("site Spare \"Spare district\" { level: county }", "site Spare \"Spare district\" { level: county; role: comparison }");

        var changes = Diff(old, changed);

        Assert.Contains(changes, c => c.Kind == ChangeKind.Scope && c.Aspect == ChangeAspect.Role && c.Declaration == "Spare" && c.NewValue == "comparison");
        Assert.Contains(changes, c => c.Kind == ChangeKind.Scope && c.Aspect == ChangeAspect.Sites && c.Declaration == "second" && c.NewValue == "East, Far");
        Assert.Contains(changes, c => c.Kind == ChangeKind.Scope && c.Aspect == ChangeAspect.Added && c.Declaration == "Far");
    }

    [Fact]
    public void Titles_and_descriptions_are_cosmetic()
    {
        var change = Assert.Single(Diff(Base, Base.Replace("\"Applicants satisfied\"", "\"Applicants who are satisfied\"")));

        Assert.Equal((ChangeKind.Cosmetic, ChangeAspect.Text, "satisfaction", "Applicants satisfied", "Applicants who are satisfied"), Summary(change));
        Assert.Equal("title", change.Property);
    }

    [Fact]
    public void A_spec_in_chinese_is_compared_by_meaning_and_a_rename_found_by_its_chinese_title()
    {
        const string Chinese = """
            pilot 审批改革 "工程建设项目审批制度改革" {
                start: 2024-01-01
                goal 提速 "审批提速" {
                    indicator 审批天数 "项目审批用时" {
                        unit: days
                        better: lower
                        baseline: 120 days on 2023-12-31
                        target: 60 days by 2025-06-30
                        measured: quarterly from "审批系统"
                    }
                }
                site 东城区 "东城区政务服务中心" { level: county }
                site 西城区 "西城区政务服务中心" { level: county }
                phase 试点 { start: 2024-01-01; duration: 18 months; in: all sites }
                evaluation 终期评估 at end of 试点 {
                    method: before_after
                    require: 审批天数 <= 60 days at all sites
                    decide: 推广 when all met
                    otherwise: 调整
                }
            }
            """;
        var changed = Chinese.Replace("indicator 审批天数", "indicator 审批用时").Replace("require: 审批天数 <= 60 days at all sites", "require: 审批用时 <= 90 days at all sites");

        var changes = Diff(Chinese, changed);

        Assert.Equal(
            [(ChangeKind.Rename, ChangeAspect.Renamed, "审批用时", "审批天数", "审批用时"), (ChangeKind.Weakening, ChangeAspect.Threshold, "终期评估", "审批天数 <= 60 days", "审批用时 <= 90 days")],
            changes.Select(Summary));
    }

    [Fact]
    public void A_direction_a_frequency_and_the_pilots_dates_are_changes_of_scope()
    {
        var changed = Base.Replace("measured: quarterly from \"survey\"", "measured: monthly from \"survey\"").Replace("end: 2025-12-31", "end: 2026-06-30");
        var direction = Base.Replace("            better: higher\n            baseline: 70%", "            better: lower\n            baseline: 70%").Replace("target: +15 points", "target: -15 points");

        var changes = Diff(Base, changed);

        Assert.Contains(changes, c => (c.Kind, c.Aspect, c.Declaration) == (ChangeKind.Scope, ChangeAspect.Frequency, "satisfaction"));
        Assert.Contains(changes, c => (c.Kind, c.Aspect, c.Declaration, c.Property) == (ChangeKind.Scope, ChangeAspect.Dates, "Reform", "end"));
        Assert.Contains(Diff(Base, direction), c => (c.Kind, c.Aspect) == (ChangeKind.Scope, ChangeAspect.Direction));
    }

    [Fact]
    public void Targets_added_and_removed_and_an_evaluation_removed()
    {
        const string Target = "            target: 60 days by 2025-06-30\n";
        var withoutTarget = Base.Replace(Target, string.Empty);
        var withoutEvaluation = Base[..Base.IndexOf("    evaluation final", StringComparison.Ordinal)] + "}\n";

        Assert.Contains(Diff(Base, withoutTarget), c => (c.Kind, c.Aspect, c.NewValue) == (ChangeKind.Weakening, ChangeAspect.Target, (string?)null));
        Assert.Contains(Diff(withoutTarget, Base), c => (c.Kind, c.Aspect, c.OldValue) == (ChangeKind.Strengthening, ChangeAspect.Target, (string?)null));
        Assert.Contains(Diff(Base, withoutEvaluation), c => (c.Kind, c.Aspect, c.Declaration) == (ChangeKind.Weakening, ChangeAspect.Removed, "final"));
        Assert.Contains(Diff(withoutEvaluation, Base), c => (c.Kind, c.Aspect, c.Declaration) == (ChangeKind.Strengthening, ChangeAspect.Added, "final"));
    }

    [Fact]
    public void Conditions_compare_through_units_connectives_and_negation()
    {
        // 60 days as 1,440 hours is the same bound; 1,500 hours is 62.5 days, a weakening.
        var hours = Diff(Base, Base.Replace("approval_days <= 60 days at all sites", "approval_days <= 1500 hours at all sites"));
        var same = Diff(Base, Base.Replace("approval_days <= 60 days at all sites", "approval_days <= 1440 hours at all sites"));
        var both = Base.Replace("require: approval_days <= 60 days at all sites", "require: approval_days <= 60 days at all sites and satisfaction >= 80% at all sites");
        var either = Base.Replace("require: approval_days <= 60 days at all sites", "require: approval_days <= 60 days at all sites or satisfaction >= 80% at all sites");
        var consecutive = Base.Replace("for 2 consecutive quarters", "for 2 quarters");

        Assert.Equal(ChangeKind.Weakening, Assert.Single(hours).Kind);
        Assert.Empty(same);
        Assert.Equal((ChangeKind.Weakening, ChangeAspect.Connective), Summary(Assert.Single(Diff(both, either))) is var (k, a, _, _, _) ? (k, a) : default);
        Assert.Equal(ChangeKind.Strengthening, Assert.Single(Diff(either, both)).Kind);
        Assert.Equal((ChangeKind.Strengthening, ChangeAspect.Sustained), Summary(Assert.Single(Diff(Base, consecutive))) is var (k2, a2, _, _, _) ? (k2, a2) : default);
    }

    private static List<SpecChange> Diff(string old, string @new, DateTime? asOf = null, string path = Specs.MainPath)
    {
        var before = PilotCompilation.Create([CodeAnalysis.Syntax.SyntaxTree.ParseText(old, path)]);
        var after = PilotCompilation.Create([CodeAnalysis.Syntax.SyntaxTree.ParseText(@new, path)]);
        Assert.Empty(before.GetDiagnostics().Where(d => d.IsError).Select(d => d.ToString()));
        Assert.Empty(after.GetDiagnostics().Where(d => d.IsError).Select(d => d.ToString()));
        return [.. SpecComparer.Compare(before, after, asOf ?? AfterStart)];
    }

    private static (ChangeKind, ChangeAspect, string, string?, string?) Summary(SpecChange change) =>
        (change.Kind, change.Aspect, change.Declaration, change.OldValue, change.NewValue);
}
