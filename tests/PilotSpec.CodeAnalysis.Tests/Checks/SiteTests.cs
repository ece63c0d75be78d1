using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Tests.TestSupport;
using Snapshooter.Xunit;

namespace PilotSpec.CodeAnalysis.Tests.Checks;

/// <summary>Sites and waves (PS0300–PS0304): comparison sites kept out of the reform, hierarchies without circles, every site reached.</summary>
public sealed class SiteTests
{
    [Fact]
    public void Comparison_site_in_a_wave_is_reported_where_the_wave_lists_it()
    {
        var spec = CheckedSpec.Compile("""
            site Dongcheng "East district" { level: county }
            site Xicheng "West district" { level: county; role: comparison }
            wave first = [Dongcheng, Xicheng]
            phase Trial "Trial of the one-window service" {
                start: 2020-01-01
                duration: 12 months
                in: first
            }
            """);

        spec.AssertSingle("PS0300", DiagnosticSeverity.Error, line: 3, column: 26,
            "'Xicheng' is a comparison site, so it cannot be in the wave 'first' where the reform runs.");
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void Comparison_sites_belong_in_a_group()
    {
        CheckedSpec.Compile("""
            site Dongcheng "East district" { level: county }
            site Xicheng "West district" { level: county; role: comparison }
            wave first = [Dongcheng]
            group control = [Xicheng]
            phase Trial "Trial of the one-window service" {
                start: 2020-01-01
                duration: 12 months
                in: first
            }
            evaluation final at end of Trial {
                method: difference_in_differences against control
                require: true
                decide: scale_up when all met
                otherwise: adjust
            }
            """).AssertClean();
    }

    [Fact]
    public void Difference_in_differences_without_comparison_sites_is_reported_on_the_method()
    {
        var spec = CheckedSpec.Compile("""
            site Dongcheng "East district" { level: county }
            site Xicheng "West district" { level: county }
            evaluation final "Final evaluation" at 2020-12-31 {
                method: difference_in_differences
                require: true
                decide: scale_up when all met
                otherwise: adjust
            }
            """);

        spec.AssertSingle("PS0301", DiagnosticSeverity.Error, line: 4, column: 13,
            "The evaluation 'final' compares against comparison sites, but there are none; declare sites with 'role: comparison'.");
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void Difference_in_differences_against_a_group_of_pilot_sites_is_reported()
    {
        var spec = CheckedSpec.Compile("""
            site Dongcheng "East district" { level: county }
            site Xicheng "West district" { level: county; role: comparison }
            site Nancheng "South district" { level: county }
            group control = [Nancheng]
            evaluation final "Final evaluation" at 2020-12-31 {
                method: difference_in_differences against control
                require: true
                decide: scale_up when all met
                otherwise: adjust
            }
            """);

        spec.AssertSingle("PS0301", DiagnosticSeverity.Error, line: 6, column: 13,
            "The evaluation 'final' compares against comparison sites, but there are none; declare sites with 'role: comparison'.");
    }

    [Fact]
    public void Difference_in_differences_with_a_comparison_site_is_accepted()
    {
        CheckedSpec.Compile("""
            site Dongcheng "East district" { level: county }
            site Xicheng "West district" { level: county; role: comparison }
            evaluation final "Final evaluation" at 2020-12-31 {
                method: difference_in_differences
                require: true
                decide: scale_up when all met
                otherwise: adjust
            }
            """).AssertClean();
    }

    [Fact]
    public void Site_parent_cycle_is_reported_once_on_a_parent()
    {
        var spec = CheckedSpec.Compile("""
            site Harbor "Harbor City" { level: city; parent: Dongcheng }
            site Dongcheng "East district" { level: county; parent: Harbor }
            """);

        spec.AssertSingle("PS0302", DiagnosticSeverity.Error, line: 1, column: 50,
            "The parents of site 'Harbor' form a cycle: Harbor → Dongcheng → Harbor.");
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void Site_that_is_its_own_parent_is_a_cycle()
    {
        var spec = CheckedSpec.Compile("""
            site Harbor "Harbor City" { level: city; parent: Harbor }
            """);

        spec.AssertSingle("PS0302", DiagnosticSeverity.Error, line: 1, column: 50,
            "The parents of site 'Harbor' form a cycle: Harbor → Harbor.");
    }

    [Fact]
    public void Site_hierarchy_without_a_cycle_is_accepted()
    {
        CheckedSpec.Compile("""
            site Province "Coastal Province" { level: province }
            site Harbor "Harbor City" { level: city; parent: Province }
            site Dongcheng "East district" { level: county; parent: Harbor }
            """).AssertClean();
    }

    [Fact]
    public void Site_in_no_phase_is_reported_on_its_name()
    {
        var spec = CheckedSpec.Compile("""
            site Dongcheng "East district" { level: county }
            site Nancheng "South district" { level: county }
            phase Trial "Trial of the one-window service" {
                start: 2020-01-01
                duration: 12 months
                in: Dongcheng
            }
            """);

        spec.AssertSingle("PS0303", DiagnosticSeverity.Warning, line: 2, column: 6,
            "The site 'Nancheng' is in no phase, so the reform never runs there.");
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void Every_site_in_a_phase_directly_or_through_a_wave_is_accepted()
    {
        CheckedSpec.Compile("""
            site Harbor "Harbor City" { level: city }
            site Dongcheng "East district" { level: county; parent: Harbor }
            site Nancheng "South district" { level: county; parent: Harbor }
            site Xicheng "West district" { level: county; role: comparison }
            wave second = [Nancheng]
            phase Trial "Trial of the one-window service" {
                start: 2020-01-01
                duration: 12 months
                in: Dongcheng, second
            }
            """).AssertClean();
    }

    [Theory]
    [InlineData("in: Dongchen")]
    [InlineData("inn: Dongcheng")]
    [InlineData("in: \"Dongcheng\"")]
    public void Phase_whose_sites_could_not_be_bound_calls_no_site_uncovered(string runsIn)
    {
        // The misspelt or malformed `in:` is the one mistake: which sites it meant is unknown.
        var diagnostics = Specs.Diagnose($$"""
            site Dongcheng "East district" { level: county }
            site Nancheng "South district" { level: county }
            phase Trial "Trial" { start: 2020-01-01; duration: 12 months; {{runsIn}} }
            phase Rollout "Roll-out" { after: Trial; duration: 6 months; in: Nancheng }
            """);

        var diagnostic = Assert.Single(diagnostics);
        Assert.NotEqual("PS0303", diagnostic.Id);
    }

    [Fact]
    public void Wave_with_a_misspelt_site_calls_no_site_uncovered()
    {
        var diagnostics = Specs.Diagnose("""
            site Dongcheng "East district" { level: county }
            wave first = [Dongchen]
            phase Trial "Trial" { start: 2020-01-01; duration: 12 months; in: first }
            """);

        Assert.Equal("PS0102", Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void Empty_wave_is_reported_on_its_name()
    {
        var spec = CheckedSpec.Compile("""
            site Dongcheng "East district" { level: county }
            wave first = [Dongcheng]
            wave second "Second wave"
            phase Rollout "Roll-out" {
                start: 2020-01-01
                duration: 12 months
                in: first, second
                stagger: 6 months
            }
            """);

        spec.AssertSingle("PS0304", DiagnosticSeverity.Warning, line: 3, column: 6, "The wave 'second' has no sites.");
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void Wave_written_as_an_empty_list_is_empty()
    {
        var spec = CheckedSpec.Compile("""
            wave first = []
            phase Trial "Trial" { start: 2020-01-01; duration: 12 months; in: first }
            """);

        spec.AssertSingle("PS0304", DiagnosticSeverity.Warning, line: 1, column: 6, "The wave 'first' has no sites.");
    }

    [Theory]
    [InlineData("wave second = [Nancheng]")]
    [InlineData("wave second = Nancheng")]
    [InlineData("wave second { sites: Nancheng }")]
    public void Wave_with_sites_is_accepted(string wave)
    {
        CheckedSpec.Compile($$"""
            site Dongcheng "East district" { level: county }
            site Nancheng "South district" { level: county }
            wave first = [Dongcheng]
            {{wave}}
            phase Rollout "Roll-out" {
                start: 2020-01-01
                duration: 12 months
                in: first, second
                stagger: 6 months
            }
            """).AssertClean();
    }

    [Fact]
    public void Misspelt_role_is_reported_once_and_not_taken_for_a_pilot_site()
    {
        // Had the role been read as "pilot", the site would also be "in no phase" (PS0303)
        // and the difference-in-differences "without comparison sites" (PS0301).
        var spec = CheckedSpec.Compile("""
            site Dongcheng "East district" { level: county }
            site Xicheng "West district" { level: county; role: comparsion }
            phase Trial { start: 2020-01-01; duration: 12 months; in: Dongcheng }
            evaluation final at end of Trial {
                method: difference_in_differences
                require: true
                decide: scale_up when all met
                otherwise: adjust
            }
            """);

        spec.AssertSingle("PS0113", DiagnosticSeverity.Error, line: 2, column: 53,
            "'comparsion' is not a valid value for 'role'; use comparison, treatment, control.");
    }

    [Theory]
    [InlineData("treatment")]
    [InlineData("control")]
    public void Treatment_and_control_are_roles(string role)
    {
        CheckedSpec.Compile($$"""
            site Dongcheng "East district" { level: county; role: {{role}} }
            phase Trial { start: 2020-01-01; duration: 12 months; in: all sites }
            """).AssertClean();
    }
}
