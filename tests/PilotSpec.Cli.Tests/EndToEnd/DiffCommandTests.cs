using System.Text.Json;
using PilotSpec.Cli.Tests.Infrastructure;
using PilotSpec.Tests.Shared;

namespace PilotSpec.Cli.Tests.EndToEnd;

/// <summary>
/// `pilotc diff` through the CLI: the four formats, both languages, --fail-on, git revisions,
/// folders, and specs with errors. The classification itself is tested in the compiler's
/// SpecComparerTests; here, that the command reports it faithfully.
/// </summary>
public sealed class DiffCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string PolicingReform => File.ReadAllText(Path.Combine(RepositoryRoot.Path, "examples", "policing-reform.pilot"));

    // The mid-term adjustment of docs/diff.md: the clearance target eased from +15 to +10 points,
    // the final criterion's quantifier loosened, the cost criterion dropped.
    private static string Adjusted => PolicingReform
        .Replace("target: +15 points by 2020-12-31", "target: +10 points by 2020-12-31", StringComparison.Ordinal)
        .Replace("require: clearance_rate.change >= +15 points at all sites in first", "require: clearance_rate.change >= +15 points at 80% of sites in first", StringComparison.Ordinal)
        .Replace("        require: cost_per_case.change <= -10% at all sites\n", string.Empty, StringComparison.Ordinal);

    [Fact]
    public void The_text_report_lists_weakenings_first_with_both_sides_and_their_lines()
    {
        var old = _folder.Write("v1.pilot", PolicingReform);
        var @new = _folder.Write("v2.pilot", Adjusted);

        var result = _folder.Pilotc("diff", old, @new);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal($"{old} → {@new}", result.StdOutLines[0]);
        Assert.Equal("3 weakening(s), 0 strengthening(s), 0 change(s) of scope, 0 rename(s)", result.StdOutLines[1]);
        Assert.Equal("Weakenings: promises made easier to keep", result.StdOutLines[3]);
        Assert.Equal("  indicator clearance_rate: target changed", result.StdOutLines[4]);
        Assert.Equal($"    was: +15 points by 2020-12-31  ({old}:28)", result.StdOutLines[5]);
        Assert.Equal($"    now: +10 points by 2020-12-31  ({@new}:28)", result.StdOutLines[6]);
        Assert.Contains("  evaluation final: share of sites required changed", result.StdOutLines);
        Assert.Contains("  evaluation final: requirement removed", result.StdOutLines);
    }

    [Fact]
    public void Fail_on_weakening_exits_with_1_and_a_spec_against_itself_with_0()
    {
        var old = _folder.Write("v1.pilot", PolicingReform);
        var @new = _folder.Write("v2.pilot", Adjusted);

        var weakened = _folder.Pilotc("diff", old, @new, "--fail-on", "weakening");
        var same = _folder.Pilotc("diff", old, old, "--fail-on", "weakening");
        var strengthened = _folder.Pilotc("diff", @new, old, "--fail-on", "weakening");

        Assert.Equal(1, weakened.ExitCode);
        Assert.True(same.ExitCode == 0, same.ToString());
        Assert.Contains("No change in meaning: the two versions promise the same.", same.StdOutLines);
        Assert.True(strengthened.ExitCode == 0, strengthened.ToString());
        Assert.Contains("0 weakening(s), 3 strengthening(s), 0 change(s) of scope, 0 rename(s)", strengthened.StdOutLines);
    }

    [Fact]
    public void The_json_follows_the_published_schema_and_names_both_sides()
    {
        var old = _folder.Write("v1.pilot", PolicingReform);
        var @new = _folder.Write("v2.pilot", Adjusted);
        var schema = Json.Schema.JsonSchema.FromText(Pilotc.Run(RepositoryRoot.Path, "schema", "diff").StdOut);

        var result = _folder.Pilotc("diff", old, @new, "--format", "json", "--all");
        var empty = _folder.Pilotc("diff", old, old, "--format", "json");

        foreach (var output in new[] { result.StdOut, empty.StdOut })
        {
            var evaluation = schema.Evaluate(JsonDocument.Parse(output).RootElement, new Json.Schema.EvaluationOptions { OutputFormat = Json.Schema.OutputFormat.List });
            Assert.True(evaluation.IsValid, string.Join("\n", evaluation.Details?.Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => d.InstanceLocation + ": " + e.Value)) ?? []));
        }

        var first = JsonDocument.Parse(result.StdOut).RootElement.GetProperty("changes")[0];
        Assert.Equal(("weakening", "target", "indicator", "clearance_rate"), (first.GetProperty("kind").GetString(), first.GetProperty("aspect").GetString(), first.GetProperty("declaration").GetProperty("kind").GetString(), first.GetProperty("declaration").GetProperty("name").GetString()));
        Assert.Equal(("+15 points by 2020-12-31", 28, "+10 points by 2020-12-31", 28), (first.GetProperty("old").GetProperty("value").GetString(), first.GetProperty("old").GetProperty("location").GetProperty("line").GetInt32(), first.GetProperty("new").GetProperty("value").GetString(), first.GetProperty("new").GetProperty("location").GetProperty("line").GetInt32()));
        var removed = JsonDocument.Parse(result.StdOut).RootElement.GetProperty("changes").EnumerateArray().Single(c => c.GetProperty("aspect").GetString() == "requirement");
        Assert.Equal(JsonValueKind.Null, removed.GetProperty("new").ValueKind);
        Assert.Equal(0, JsonDocument.Parse(empty.StdOut).RootElement.GetProperty("changes").GetArrayLength());
    }

    [Fact]
    public void Markdown_and_sarif_carry_the_same_changes()
    {
        var old = _folder.Write("v1.pilot", PolicingReform);
        var @new = _folder.Write("v2.pilot", Adjusted);

        var markdown = _folder.Pilotc("diff", old, @new, "--format", "markdown");
        var sarif = _folder.Pilotc("diff", "v1.pilot", "v2.pilot", "--format", "sarif");

        Assert.Contains("| indicator `clearance_rate` | target changed | `+15 points by 2020-12-31` | `+10 points by 2020-12-31` | " + @new + ":28 |", markdown.StdOutLines);
        var results = JsonDocument.Parse(sarif.StdOut).RootElement.GetProperty("runs")[0].GetProperty("results");
        Assert.Equal(3, results.GetArrayLength());
        Assert.All(results.EnumerateArray(), r => Assert.Equal(("weakening", "warning"), (r.GetProperty("ruleId").GetString(), r.GetProperty("level").GetString())));
        var location = results[0].GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal(("v2.pilot", 28), (location.GetProperty("artifactLocation").GetProperty("uri").GetString(), location.GetProperty("region").GetProperty("startLine").GetInt32()));
    }

    [Fact]
    public void In_chinese_every_word_of_the_report_is_chinese()
    {
        var old = _folder.Write("v1.pilot", PolicingReform);
        var @new = _folder.Write("v2.pilot", Adjusted);

        var result = _folder.Pilotc("diff", old, @new, "--lang", "zh-Hans");

        Assert.Equal("弱化 3 处，强化 0 处，范围变更 0 处，改名 0 处", result.StdOutLines[1]);
        Assert.Equal("弱化：承诺变得更容易兑现", result.StdOutLines[3]);
        Assert.Equal("  indicator clearance_rate：目标已修改", result.StdOutLines[4]);
        Assert.Equal($"    原为：+15 points by 2020-12-31  ({old}:28)", result.StdOutLines[5]);
    }

    [Fact]
    public void A_revision_is_read_through_git_and_compared_with_the_working_tree()
    {
        _folder.Write("specs/reform.pilot", PolicingReform);
        GitCommand.CommitAll(_folder.Path);
        _folder.Write("specs/reform.pilot", Adjusted);

        var file = _folder.Pilotc("diff", "HEAD:specs/reform.pilot", "specs/reform.pilot", "--format", "json");
        var folder = _folder.Pilotc("diff", "HEAD:specs", "specs");
        var unknown = _folder.Pilotc("diff", "v0:specs/reform.pilot", "specs/reform.pilot");

        Assert.True(file.ExitCode == 0, file.ToString());
        var first = JsonDocument.Parse(file.StdOut).RootElement.GetProperty("changes")[0];
        Assert.Equal("HEAD:specs/reform.pilot", first.GetProperty("old").GetProperty("location").GetProperty("file").GetString());
        Assert.Equal(3, JsonDocument.Parse(file.StdOut).RootElement.GetProperty("changes").GetArrayLength());
        Assert.True(folder.ExitCode == 0, folder.ToString());
        Assert.Contains("3 weakening(s), 0 strengthening(s), 0 change(s) of scope, 0 rename(s)", folder.StdOutLines);
        Assert.Equal(2, unknown.ExitCode);
        Assert.StartsWith("pilotc: error: v0:specs/reform.pilot: ", unknown.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_spec_with_errors_is_not_compared_and_its_errors_are_reported()
    {
        var old = _folder.Write("v1.pilot", PolicingReform);
        var broken = _folder.Write("v2.pilot", PolicingReform.Replace("better: higher", "better: upward", StringComparison.Ordinal));

        var result = _folder.Pilotc("diff", old, broken);
        var missing = _folder.Pilotc("diff", old, "nowhere.pilot");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.StdOutLines, l => l.StartsWith(broken + "(", StringComparison.Ordinal) && l.Contains(": error PS", StringComparison.Ordinal));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("nowhere.pilot: no such file or folder, and not a git revision (REVISION:PATH).", missing.StdErr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_worked_example_of_docs_diff_md_is_what_pilotc_prints()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "diff.md"));
        var start = doc.IndexOf("```text\n", doc.IndexOf("<!-- diff-text", StringComparison.Ordinal), StringComparison.Ordinal) + "```text\n".Length;
        var shown = doc[start..doc.IndexOf("\n```", start, StringComparison.Ordinal)];

        var result = Pilotc.Run(RepositoryRoot.Path, "diff", "examples/policing-reform.pilot", "docs/diff/policing-reform-midterm.pilot");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(shown, result.StdOut.TrimEnd('\n'));
    }
}
