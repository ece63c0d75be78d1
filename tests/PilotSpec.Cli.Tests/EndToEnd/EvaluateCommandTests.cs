using System.Text.Json;
using PilotSpec.Cli.Tests.Infrastructure;

namespace PilotSpec.Cli.Tests.EndToEnd;

/// <summary>
/// `pilotc evaluate`: the approval-reform example on its observations, checked against numbers
/// worked out by hand from examples/approval-reform.observations.csv.
/// </summary>
public sealed class EvaluateCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private static string Example => Path.Combine(RepositoryRoot.Path, "examples", "approval-reform.pilot");

    private static string Observations => Path.Combine(RepositoryRoot.Path, "examples", "approval-reform.observations.csv");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_example_extends_each_city_judged_from_its_own_baseline()
    {
        var result = Pilotc.Run(RepositoryRoot.Path, "evaluate", Example, "--observations", Observations, "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var final = JsonDocument.Parse(result.StdOut).RootElement.GetProperty("evaluations")[0];
        Assert.Equal("evaluated", final.GetProperty("status").GetString());
        Assert.Equal("2019-12-31", final.GetProperty("asOf").GetString());

        // 1. ≤ 120 working days at all four: 75, 118, 100, 96: met.
        // 2. change ≤ -50% at 75%: 杭州 75/150 = -50%, 宁波 118/260 = -54.6%, 温州 100/210 = -52.4% met;
        //    嘉兴 96/180 = -46.7% not met: 3 of 4 = 75%: met.
        // 3. satisfaction +10 points at all: 温州 79 - 70 = +9: not met.
        // scale_up needs all three; extend when any met: extend.
        Assert.Equal("extend", final.GetProperty("decision").GetString());
        Assert.Equal("any met", final.GetProperty("rule").GetString());
        var criteria = final.GetProperty("criteria");
        Assert.Equal(["met", "met", "not_met"], criteria.EnumerateArray().Select(c => c.GetProperty("outcome").GetString()));
        var halved = criteria[1].GetProperty("sites");
        Assert.Equal(["met", "met", "met", "not_met"], halved.EnumerateArray().Select(s => s.GetProperty("outcome").GetString()));

        // Baselines: 杭州 and 宁波 stated in the spec (150, 260); 温州 and 嘉兴 observed on 2017-12-31 (210, 180).
        Assert.Equal(
            [("杭州", 150m, "spec", -75m), ("宁波", 260m, "spec", -142m), ("温州", 210m, "observed", -110m), ("嘉兴", 180m, "observed", -84m)],
            halved.EnumerateArray().Select(s => (s.GetProperty("site").GetString(), s.GetProperty("baseline").GetDecimal(), s.GetProperty("baselineSource").GetString(), s.GetProperty("change").GetDecimal())));
    }

    [Fact]
    public void The_difference_in_differences_estimate_rests_on_the_sites_with_data()
    {
        var result = Pilotc.Run(RepositoryRoot.Path, "evaluate", Example, "--observations", Observations, "--format", "json");

        var effects = JsonDocument.Parse(result.StdOut).RootElement.GetProperty("evaluations")[0].GetProperty("effects");

        // Pilot changes from their own baselines: -75, -142, -110, -84 (mean -102.75); the one comparison
        // city 湖州 from the programme's 200 to 190: -10. Effect -102.75 - (-10) = -92.75; one comparison
        // site has no spread of its own, so no interval.
        var days = effects[0];
        Assert.Equal(("approval_days", "difference_in_differences", -92.75m), (days.GetProperty("indicator").GetString(), days.GetProperty("method").GetString(), days.GetProperty("effect").GetDecimal()));
        Assert.Equal((JsonValueKind.Null, "none", 5, 4, 1), (days.GetProperty("lower").ValueKind, days.GetProperty("interval").GetString(), days.GetProperty("sites").GetInt32(), days.GetProperty("pilotSites").GetInt32(), days.GetProperty("comparisonSites").GetInt32()));

        // No satisfaction survey at the comparison city: no estimate, and it says on how few sites.
        var satisfaction = effects[1];
        Assert.Equal((JsonValueKind.Null, 0, true), (satisfaction.GetProperty("effect").ValueKind, satisfaction.GetProperty("comparisonSites").GetInt32(), satisfaction.GetProperty("partial").GetBoolean()));
    }

    [Fact]
    public void The_json_report_follows_the_published_schema()
    {
        var schema = Json.Schema.JsonSchema.FromText(Pilotc.Run(RepositoryRoot.Path, "schema", "evaluation").StdOut);

        foreach (var asOf in new[] { "2019-12-31", "2019-06-30", "2018-01-31" })
        {
            var result = Pilotc.Run(RepositoryRoot.Path, "evaluate", Example, "--observations", Observations, "--format", "json", "--as-of", asOf);
            var evaluation = schema.Evaluate(JsonDocument.Parse(result.StdOut).RootElement, new Json.Schema.EvaluationOptions { OutputFormat = Json.Schema.OutputFormat.List });
            Assert.True(evaluation.IsValid, asOf + ": " + string.Join("\n", evaluation.Details?.Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Value)) ?? []));
        }

        // The graded example carries a window, consequences, grades and the means its criteria compare;
        // before its scores exist, undetermined consequences with their gaps.
        var graded = Path.Combine(RepositoryRoot.Path, "examples", "project-grading.pilot");
        var gradedObservations = Path.Combine(RepositoryRoot.Path, "examples", "project-grading.observations.csv");
        foreach (var asOf in new[] { "2021-12-31", "2021-11-30" })
        {
            var result = Pilotc.Run(RepositoryRoot.Path, "evaluate", graded, "--observations", gradedObservations, "--format", "json", "--as-of", asOf);
            var evaluation = schema.Evaluate(JsonDocument.Parse(result.StdOut).RootElement, new Json.Schema.EvaluationOptions { OutputFormat = Json.Schema.OutputFormat.List });
            Assert.True(evaluation.IsValid, "project-grading " + asOf + ": " + string.Join("\n", evaluation.Details?.Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Value)) ?? []));
        }
    }

    [Fact]
    public void Missing_data_that_could_change_the_rule_leaves_the_decision_undetermined_and_names_it()
    {
        // As of 2019-06-30 the latest satisfaction figures are those of 2017-12-31, three half-years
        // old with stale_after: 1, so they count as missing; criteria 1 and 2 fail (宁波 190 days),
        // so "any met" rests on satisfaction alone: extend or adjust, undetermined.
        var result = Pilotc.Run(RepositoryRoot.Path, "evaluate", Example, "--observations", Observations, "--format", "json", "--as-of", "2019-06-30");

        var final = JsonDocument.Parse(result.StdOut).RootElement.GetProperty("evaluations")[0];
        Assert.Equal("undetermined", final.GetProperty("decision").GetString());
        Assert.Equal(["extend", "adjust"], final.GetProperty("possibleDecisions").EnumerateArray().Select(d => d.GetString()));
        Assert.Equal(
            ["杭州", "宁波", "温州", "嘉兴"],
            final.GetProperty("missing").EnumerateArray().Select(g => g.GetProperty("site").GetString()));
        Assert.All(final.GetProperty("missing").EnumerateArray(), g => Assert.Equal(("applicant_satisfaction", "stale"), (g.GetProperty("indicator").GetString(), g.GetProperty("reason").GetString())));
    }

    [Fact]
    public void The_text_report_reads_in_Chinese_with_the_decision_and_each_site()
    {
        var result = Pilotc.Run(RepositoryRoot.Path, "evaluate", Example, "--observations", Observations, "--lang", "zh-Hans");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("试点“ApprovalReform”评估报告", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("  决定：延长 — 依据规则“any met”", result.StdOutLines);
        Assert.Contains("    嘉兴：未达成；数值 96，基线 180（观测所得），变化 -84", result.StdOutLines);
    }

    [Fact]
    public void Bad_rows_are_reported_with_file_line_and_reason_and_nothing_is_evaluated()
    {
        var csv = _folder.Write("bad.csv", """
            indicator,site,date,value
            approval_days,杭州,2019-12-31,75
            approval_days,上海,2019-12-31,75
            approval_time,杭州,2019-12-31,75
            approval_days,杭州,2019-13-01,75
            approval_days,杭州,2019-12-31,seventy
            applicant_satisfaction,杭州,2019-12-31,120
            approval_days,杭州,2019-12-31
            approval_days,杭州,2999-01-01,75
            """);

        var result = _folder.Pilotc("evaluate", Example, "--observations", csv);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(
            [
                csv + "(3): refused: the spec has no site ‘上海’",
                csv + "(4): refused: the spec has no indicator ‘approval_time’",
                csv + "(5): refused: ‘2019-13-01’ is not a date written YYYY-MM-DD",
                csv + "(6): refused: ‘seventy’ is not a number",
                csv + "(7): refused: ‘120’ is outside the values this indicator can take (a percentage is 0 to 100)",
                csv + "(8): refused: a row has the four fields indicator, site, date and value; this one has 3",
                csv + "(9): refused: 2999-01-01 is after today: a figure cannot be measured before its day",
            ],
            result.StdOutLines);
        Assert.Contains("7 row(s) refused, so nothing was evaluated", result.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void With_skip_invalid_the_good_rows_are_evaluated_and_the_refused_ones_listed()
    {
        var csv = _folder.Write("mixed.csv", "indicator,site,date,value\napproval_days,杭州,2019-12-31,75\napproval_days,上海,2019-12-31,75\n");

        var result = _folder.Pilotc("evaluate", Example, "--observations", csv, "--skip-invalid", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        var observations = JsonDocument.Parse(result.StdOut).RootElement.GetProperty("observations");
        Assert.Equal(1, observations.GetProperty("accepted").GetInt32());
        var refused = Assert.Single(observations.GetProperty("refused").EnumerateArray());
        Assert.Equal((3, "unknown_site", "上海"), (refused.GetProperty("line").GetInt32(), refused.GetProperty("problem").GetString(), refused.GetProperty("detail").GetString()));
    }

    [Fact]
    public void A_file_without_the_header_is_refused_whole()
    {
        var csv = _folder.Write("noheader.csv", "approval_days,杭州,2019-12-31,75\n");

        var result = _folder.Pilotc("evaluate", Example, "--observations", csv);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal([csv + "(1): refused: the first line must be the header ‘indicator,site,date,value’, not ‘approval_days,杭州,2019-12-31,75’"], result.StdOutLines);
    }

    [Fact]
    public void A_monitor_journal_is_read_like_a_csv_file()
    {
        // Written by the monitoring runtime's own journal, as a site's monitor writes it.
        var definition = PilotSpec.Monitoring.PilotModel.Read(File.ReadAllText(ModelOf(Example)));
        var path = Path.Combine(_folder.Path, "hangzhou.jsonl");
        using (var journal = PilotSpec.Monitoring.FileObservationJournal.Open(path, definition))
        {
            journal.Store.Record(definition.FindIndicator("approval_days")!, definition.FindSite("杭州")!, new DateTime(2019, 12, 31), 75m);
        }

        var result = _folder.Pilotc("evaluate", Example, "--observations", path, "--format", "json", "--as-of", "2019-12-31");

        Assert.True(result.ExitCode == 0, result.ToString());
        var site = JsonDocument.Parse(result.StdOut).RootElement.GetProperty("evaluations")[0].GetProperty("criteria")[0].GetProperty("sites")[0];
        Assert.Equal(("杭州", 75m), (site.GetProperty("site").GetString(), site.GetProperty("value").GetDecimal()));
    }

    [Fact]
    public void The_html_report_is_one_page_that_loads_nothing_from_elsewhere()
    {
        var result = Pilotc.Run(RepositoryRoot.Path, "evaluate", Example, "--observations", Observations, "--format", "html", "--lang", "zh-Hans");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("<!DOCTYPE html>", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"zh-Hans\">", result.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", result.StdOut, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" src=", result.StdOut, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(" href=", result.StdOut, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(result.StdOut, "<svg ").Count); // one chart per indicator
    }

    [Fact]
    public void A_spec_with_errors_is_reported_as_by_check_and_not_evaluated()
    {
        var spec = _folder.Write("broken.pilot", "pilot P { start: 2020-01-01; evaluation e at 2020-06-30 { require: nothing >= 1 at all sites; otherwise: adjust } }\n");
        var csv = _folder.Write("empty.csv", "indicator,site,date,value\n");

        var result = _folder.Pilotc("evaluate", spec, "--observations", csv);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error PS01", result.StdOut, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--as-of", "2019-13-40", "--as-of 2019-13-40: not a date written YYYY-MM-DD.")]
    [InlineData("--observations", "missing.csv", "missing.csv: no such file.")]
    public void Bad_usage_is_a_tool_failure_with_the_reason(string option, string value, string reason)
    {
        var args = option == "--observations"
            ? new[] { "evaluate", Example, "--observations", value }
            : new[] { "evaluate", Example, "--observations", Observations, option, value };

        var result = _folder.Pilotc(args);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(reason, result.StdErr, StringComparison.Ordinal);
    }

    // The pilot model of a spec, written to a file: what a monitor embeds.
    private string ModelOf(string spec)
    {
        var tree = PilotSpec.CodeAnalysis.Syntax.SyntaxTree.ParseText(File.ReadAllText(spec), spec);
        var compilation = PilotSpec.CodeAnalysis.PilotCompilation.Create([tree]);
        return _folder.Write("model.json", PilotSpec.CodeAnalysis.Emit.PilotModel.PilotModelWriter.Write(compilation.Program.Pilot!, compilation.Program, compilation.Schedule));
    }
}
