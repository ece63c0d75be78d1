using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Tests.TestSupport;
using Snapshooter.Xunit;

namespace PilotSpec.CodeAnalysis.Tests.Checks;

/// <summary>
/// Evaluation data (PS0600–PS0603): per-site baselines (`150 days at 杭州`), compound targets
/// (every part kept, none dropped) and the freshness limit (`stale_after:`).
/// </summary>
public sealed class EvaluationDataTests
{
    private const string Sites = """
        site 杭州 "Hangzhou" { level: city }
        site 宁波 "Ningbo" { level: city }
        wave cities = [杭州, 宁波]
        phase Trial "Trial of the approval reform" {
            start: 2018-01-01
            duration: 24 months
            in: cities
        }

        """;

    private static CheckedSpec Indicator(string baseline, string extra = "") => CheckedSpec.Compile(Sites + $$"""
        indicator approval_days "Working days to approve a project" {
            unit: working_days
            better: lower
            baseline: {{baseline}}
            target: 120 working_days by 2019-12-31, -50% by 2019-12-31
            measured: quarterly from "approval system"{{extra}}
        }
        """);

    [Fact]
    public void Per_site_baselines_and_every_part_of_a_compound_target_are_bound()
    {
        var spec = Indicator("200 working_days on 2017-12-31, 150 working_days at 杭州, 260 working_days at 宁波", "\n    stale_after: 3");

        spec.AssertClean();
        var indicator = spec.Compilation.Program.Indicators.Single();
        Assert.Equal(200m, indicator.Baseline!.Value.Value);
        Assert.Equal([("宁波", 260m), ("杭州", 150m)], indicator.SiteBaselines.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value.Value)));
        Assert.Equal([(TargetKind.Absolute, 120m), (TargetKind.RelativeChange, -50m)], indicator.Targets.Select(t => (t.Kind, t.Amount.Value)));
        Assert.All(indicator.Targets, t => Assert.Equal(new DateTime(2019, 12, 31), t.Deadline));
        Assert.Equal(3, indicator.StaleAfter);
    }

    [Fact]
    public void A_second_programme_baseline_is_reported_not_dropped()
    {
        var spec = Indicator("200 working_days on 2017-12-31, 150 working_days");

        spec.AssertSingle("PS0600", DiagnosticSeverity.Error, line: 12, column: 47,
            "The baseline already has a programme value, so '150 working_days' would be lost. To give one site its own baseline, write it with 'at', as in '150 days at 杭州'.");
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void Two_baselines_for_one_site_are_reported()
    {
        var spec = Indicator("200 working_days on 2017-12-31, 150 working_days at 杭州, 160 working_days at 杭州");

        spec.AssertSingle("PS0601", DiagnosticSeverity.Error, line: 12, column: 71,
            "Site '杭州' already has a baseline of 'approval_days'; keep one.");
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void A_date_on_a_site_baseline_is_reported_as_unused()
    {
        var spec = Indicator("200 working_days on 2017-12-31, 150 working_days at 杭州 on 2016-12-31");

        Assert.Equal("PS0602", Assert.Single(spec.Diagnostics).Id);
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void A_freshness_limit_with_a_unit_is_reported()
    {
        var spec = Indicator("200 working_days on 2017-12-31", "\n    stale_after: 2 quarters");

        Assert.Equal("PS0603", Assert.Single(spec.Diagnostics).Id);
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void A_roll_up_is_bound_and_written_into_the_pilot_model_with_the_sites_hierarchy()
    {
        var spec = CheckedSpec.Compile("""
            pilot P "Provincial approval reform" {
                owner: "Provincial Department of Housing"
                problem: "Approvals take too long"
                start: 2018-01-01
                end: 2019-12-31
                site 浙江省 "Zhejiang" { level: province }
                site 杭州 "Hangzhou" { level: city; parent: 浙江省; population: 12_000_000 people }
                site 宁波 "Ningbo" { level: city; parent: 浙江省; population: 9_600_000 people }
                phase Trial "Trial" { start: 2018-01-01; duration: 24 months; in: all sites }
                indicator approval_days "Working days to approve" {
                    unit: working_days
                    better: lower
                    baseline: 200 working_days on 2017-12-31
                    target: 120 working_days by 2019-12-31
                    measured: quarterly from "approval system"
                    roll_up: mean by population
                }
            }
            """);

        spec.AssertClean();
        Assert.Equal(new RollUpRule("mean", "population"), spec.Compilation.Program.Indicators.Single().RollUp);
        var model = PilotSpec.CodeAnalysis.Emit.PilotModel.PilotModelWriter.Write(spec.Compilation.Program.Pilot!, spec.Compilation.Program, spec.Compilation.Schedule);
        using var json = System.Text.Json.JsonDocument.Parse(model);
        var hangzhou = json.RootElement.GetProperty("sites")[1];
        Assert.Equal(("浙江省", 12000000m), (hangzhou.GetProperty("parent").GetString(), hangzhou.GetProperty("attributes").GetProperty("population").GetDecimal()));
        var rollUp = json.RootElement.GetProperty("indicators")[0].GetProperty("rollUp");
        Assert.Equal(("weighted_mean", "population"), (rollUp.GetProperty("kind").GetString(), rollUp.GetProperty("weight").GetString()));
    }
}
