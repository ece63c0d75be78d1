using System.Text.Json;
using PilotSpec.Cli.Tests.Infrastructure;

namespace PilotSpec.Cli.Tests.EndToEnd;

/// <summary>
/// `pilotc power`: the minimum detectable effect of each comparing evaluation beside its target,
/// on hand-computed designs.
/// </summary>
public sealed class PowerCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Approval => Path.Combine(RepositoryRoot.Path, "examples", "approval-reform.pilot");

    // 12 pilot and 12 comparison counties; clearance from 60%, target +5 points.
    private string TwelveAgainstTwelve() => _folder.Write("twelve.pilot", $$"""
        pilot Clearance "Case clearance reform" {
            owner: "Provincial Public Security Department"
            problem: "Cases stay open too long"
            start: 2020-01-01
            end: 2021-12-31
            indicator clearance "Case clearance rate" {
                unit: percent
                better: higher
                baseline: 60% on 2019-12-31
                target: +5 points by 2021-12-31
                measured: quarterly from "case system"
            }
        {{string.Concat(Enumerable.Range(1, 12).Select(i => $"    site P{i} \"Pilot county {i}\" {{ level: county }}\n"))}}
        {{string.Concat(Enumerable.Range(1, 12).Select(i => $"    site C{i} \"Comparison county {i}\" {{ level: county; role: comparison }}\n"))}}
            group comparison "Comparison counties" = [{{string.Join(", ", Enumerable.Range(1, 12).Select(i => "C" + i))}}]
            group pilots "Pilot counties" = [{{string.Join(", ", Enumerable.Range(1, 12).Select(i => "P" + i))}}]
            phase Reform "Reform" { start: 2020-01-01; end: 2021-12-31; in: pilots }
            evaluation final "Final evaluation" at end of Reform {
                method: difference_in_differences against comparison
                require: clearance.change >= +5 points at all sites
                decide: scale_up when all met
                otherwise: adjust
            }
        }
        """);

    [Fact]
    public void Twelve_counties_a_side_cannot_see_five_points_and_64_would()
    {
        var result = _folder.Pilotc("power", TwelveAgainstTwelve(), "--sd", "clearance=10", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var evaluation = JsonDocument.Parse(result.StdOut).RootElement.GetProperty("evaluations")[0];
        Assert.Equal((true, 12, 12), (evaluation.GetProperty("compares").GetBoolean(), evaluation.GetProperty("pilotSites").GetInt32(), evaluation.GetProperty("comparisonSites").GetInt32()));
        var clearance = evaluation.GetProperty("indicators")[0];

        // σ_Δ = 10 · √(2 · (1 - 0.5)) = 10. ν = 22 (>= 18: the formula): t(0.975, 22) = 2.07387, t(0.80, 22) = 0.85827;
        // MDE = 2.93214 · 10 · √(2/12) = 2.93214 · 4.08248 = 11.970 points, above the +5 the target asks for.
        Assert.Equal(("given", 10.0, "formula", 5.0, "too_few_sites"), (clearance.GetProperty("spreadSource").GetString(), clearance.GetProperty("spreadOfChange").GetDouble(), clearance.GetProperty("computed").GetString(), clearance.GetProperty("targetChange").GetDouble(), clearance.GetProperty("verdict").GetString()));
        Assert.Equal(11.970, clearance.GetProperty("mde").GetDouble(), 3);

        // 63 a side: ν = 124, (1.9793 + 0.8453) · 10 · √(2/63) = 2.8246 · 1.7817 = 5.033 > 5;
        // 64 a side: ν = 126, (1.9790 + 0.8452) · 10 · √(2/64) = 2.8242 · 1.7678 = 4.993 <= 5.
        var needed = clearance.GetProperty("sitesNeeded");
        Assert.Equal((64, 64), (needed.GetProperty("pilot").GetInt32(), needed.GetProperty("comparison").GetInt32()));
    }

    [Fact]
    public void Without_a_given_spread_it_is_a_share_of_the_baseline_and_the_report_says_so()
    {
        // --cv 0.2 (the default) of the 60% baseline: σ_b = 12 points; σ_Δ = 12 with ρ = 0.5.
        var result = _folder.Pilotc("power", TwelveAgainstTwelve());

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Assumed: sites differ by 20% of the baseline (coefficient of variation 0.2) where --sd gives no spread; a site's level before and after the pilot correlates 0.5; 95% interval, 80% power.", result.StdOutLines);
        Assert.Contains("Evaluation final (Final evaluation): 12 pilot site(s) against 12 comparison site(s)", result.StdOutLines);

        // MDE = 2.93214 · 12 · √(2/12) = 14.364 points.
        Assert.Contains(result.StdOutLines, line => line.StartsWith("  clearance: can detect a change of 14.36 points (a site's change assumed to spread by 12); the target asks for +5 points: too few sites — about ", StringComparison.Ordinal));
    }

    [Fact]
    public void One_comparison_city_can_show_no_effect_and_the_sites_needed_are_named()
    {
        var result = Pilotc.Run(RepositoryRoot.Path, "power", Approval, "--sd", "approval_days=40");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Evaluation final (Final evaluation): 4 pilot site(s) against 1 comparison site(s)", result.StdOutLines);
        Assert.Contains(result.StdOutLines, line => line.StartsWith("  approval_days: no interval can be estimated with fewer than two sites on a side, so no effect can be shown; for the target's -80 working days, about ", StringComparison.Ordinal));

        var json = Pilotc.Run(RepositoryRoot.Path, "power", Approval, "--format", "json");
        var days = JsonDocument.Parse(json.StdOut).RootElement.GetProperty("evaluations")[0].GetProperty("indicators")[0];
        Assert.Equal(("not_estimable", JsonValueKind.Null), (days.GetProperty("verdict").GetString(), days.GetProperty("mde").ValueKind));
        Assert.True(days.GetProperty("sitesNeeded").GetProperty("comparison").GetInt32() >= 2);
    }

    [Fact]
    public void Evaluations_that_compare_no_sites_are_named_as_such()
    {
        var result = Pilotc.Run(RepositoryRoot.Path, "power", Path.Combine(RepositoryRoot.Path, "examples", "public-service-efficiency.pilot"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Evaluation midterm: before_after, third_party_survey compares no sites with comparison sites, so there is no effect to diagnose", result.StdOutLines);

        // Harbor City beside its own districts is not a unit like the comparison districts: 5 against 2.
        Assert.Contains("Evaluation final (Final evaluation): 5 pilot site(s) against 2 comparison site(s)", result.StdOutLines);
    }

    [Fact]
    public void The_json_follows_the_published_schema()
    {
        var schema = Json.Schema.JsonSchema.FromText(Pilotc.Run(RepositoryRoot.Path, "schema", "power").StdOut);
        foreach (var args in new[] { new[] { "power", TwelveAgainstTwelve(), "--format", "json", "--sd", "clearance=10" }, ["power", Approval, "--format", "json"], ["power", Path.Combine(RepositoryRoot.Path, "examples", "public-service-efficiency.pilot"), "--format", "json"], ["power", SteppedWedgeExample, "--format", "json", "--sd", "clearance=6"] })
        {
            var result = _folder.Pilotc(args);
            var evaluation = schema.Evaluate(JsonDocument.Parse(result.StdOut).RootElement, new Json.Schema.EvaluationOptions { OutputFormat = Json.Schema.OutputFormat.List });
            Assert.True(evaluation.IsValid, args[1] + ": " + string.Join("\n", evaluation.Details?.Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Value)) ?? []));
        }
    }

    private static readonly string SteppedWedgeExample = Path.Combine(RepositoryRoot.Path, "examples", "stepped-wedge-policing.pilot");

    [Fact]
    public void A_stepped_wedge_is_diagnosed_on_its_waves_with_the_MDE_of_its_own_estimator()
    {
        // Nine districts in three waves, monthly from April to December 2024, a one-month lag:
        // σ_b = 6, ρ = 0.5, so a district's months spread by 6·√0.5 = 4.24. Eight degrees of
        // freedom: the MDE is simulated (SteppedWedgePowerTests checks it against whole pilots).
        var text = _folder.Pilotc("power", SteppedWedgeExample, "--sd", "clearance=6");
        var json = JsonDocument.Parse(_folder.Pilotc("power", SteppedWedgeExample, "--sd", "clearance=6", "--format", "json").StdOut).RootElement.GetProperty("evaluations")[0];

        Assert.True(text.ExitCode == 0, text.ToString());
        Assert.Contains("Evaluation final (Did community policing raise clearance?): stepped wedge of 9 site(s) in 3 wave(s), each its own control before its wave", text.StdOutLines);
        Assert.Equal([3, 3, 3], json.GetProperty("waves").EnumerateArray().Select(w => w.GetInt32()));
        Assert.Equal((9, 0), (json.GetProperty("pilotSites").GetInt32(), json.GetProperty("comparisonSites").GetInt32()));
        var clearance = json.GetProperty("indicators")[0];
        Assert.Equal("simulation", clearance.GetProperty("computed").GetString());
        Assert.Equal("too_few_sites", clearance.GetProperty("verdict").GetString());
        // The MDE (about 10 points) is above the +6 the target asks for; more districts in the same waves would do.
        Assert.InRange(clearance.GetProperty("mde").GetDouble(), 6, 15);
        Assert.True(clearance.GetProperty("sitesNeeded").GetProperty("pilot").GetInt32() > 9);
        Assert.Contains(text.StdOutLines, l => l.Contains("sites in the same waves are needed", StringComparison.Ordinal));
    }

    [Fact]
    public void The_report_reads_in_Chinese()
    {
        var result = _folder.Pilotc("power", TwelveAgainstTwelve(), "--sd", "clearance=10", "--lang", "zh-Hans");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("试点“Clearance”设计诊断", result.StdOutLines);
        Assert.Contains("  clearance：可检出的最小变化为 11.97 个百分点（假设单个试点变化的标准差为 10）；目标要求 +5 个百分点：试点数量不足——约需 64 个试点单位和 64 个对照单位", result.StdOutLines);
    }

    [Theory]
    [InlineData("--sd", "speed=4", "the spec has no indicator 'speed'")]
    [InlineData("--sd", "approval_days", "write INDICATOR=VALUE")]
    [InlineData("--sd", "approval_days=-3", "write INDICATOR=VALUE")]
    [InlineData("--correlation", "1", "from 0 up to, not including, 1")]
    [InlineData("--cv", "0", "a share above 0")]
    public void Bad_assumptions_are_a_tool_failure_with_the_reason(string option, string value, string reason)
    {
        var result = Pilotc.Run(RepositoryRoot.Path, "power", Approval, option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(reason, result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_spec_with_errors_is_reported_as_by_check()
    {
        var spec = _folder.Write("broken.pilot", "pilot P {\n    indicator x { unit: percent; target: 90% by 2020-01-01 }\n    evaluation e at 2020-01-01 { require: y > 1 }\n}\n");

        var result = _folder.Pilotc("power", spec);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("PS0102", result.StdOut, StringComparison.Ordinal);
    }
}
