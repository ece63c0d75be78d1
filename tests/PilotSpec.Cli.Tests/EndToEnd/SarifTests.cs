using System.Text.Json;
using PilotSpec.Cli.Tests.Infrastructure;

namespace PilotSpec.Cli.Tests.EndToEnd;

/// <summary>
/// `--format sarif`: SARIF 2.1.0 as GitHub code scanning reads it, checked field by field
/// (what GitHub requires: version, one run, tool.driver with rules, results with ruleId,
/// message.text and a physical location with a relative URI and a 1-based region).
/// </summary>
public sealed class SarifTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_log_has_one_run_whose_driver_lists_every_rule()
    {
        _folder.Write(Path.Combine("specs", "spec.pilot"), Specs.UndeclaredName);

        using var sarif = Sarif("check", Path.Combine("specs", "spec.pilot"));

        var root = sarif.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Equal("https://json.schemastore.org/sarif-2.1.0.json", root.GetProperty("$schema").GetString());
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());
        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("pilotc", driver.GetProperty("name").GetString());
        Assert.Matches(@"^\d+\.\d+\.\d+", driver.GetProperty("version").GetString());
        Assert.Equal("https://github.com/pilotspec/pilotspec", driver.GetProperty("informationUri").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        var ids = rules.Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Contains("PS0001", ids);
        Assert.Contains("PS0102", ids);
        Assert.Contains("PS0900", ids);
        Assert.Equal(ids.Order(StringComparer.Ordinal), ids);
        Assert.Equal(ids.Count, ids.Distinct().Count());
        foreach (var rule in rules)
        {
            var id = rule.GetProperty("id").GetString()!;
            Assert.Matches("^[A-Z][A-Za-z0-9]+$", rule.GetProperty("name").GetString());
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("shortDescription").GetProperty("text").GetString()), id);
            Assert.False(string.IsNullOrWhiteSpace(rule.GetProperty("fullDescription").GetProperty("text").GetString()), id);
            Assert.Equal("https://github.com/pilotspec/pilotspec/blob/main/docs/diagnostics.md#" + id.ToLowerInvariant(), rule.GetProperty("helpUri").GetString());
            Assert.Contains(rule.GetProperty("defaultConfiguration").GetProperty("level").GetString(), new[] { "error", "warning", "note", "none" });
        }

        var ps0001 = rules.Single(r => r.GetProperty("id").GetString() == "PS0001");
        Assert.Equal("UnexpectedToken", ps0001.GetProperty("name").GetString());
        Assert.Equal("Unexpected token", ps0001.GetProperty("shortDescription").GetProperty("text").GetString());
        Assert.StartsWith("Something appears where it cannot stand", ps0001.GetProperty("fullDescription").GetProperty("text").GetString());
        Assert.Equal("error", ps0001.GetProperty("defaultConfiguration").GetProperty("level").GetString());
        var ps0900 = rules.Single(r => r.GetProperty("id").GetString() == "PS0900");
        Assert.Equal("note", ps0900.GetProperty("defaultConfiguration").GetProperty("level").GetString());
    }

    [Fact]
    public void A_result_points_at_the_rule_and_at_a_relative_forward_slash_uri_with_a_one_based_region()
    {
        _folder.Write(Path.Combine("specs", "spec.pilot"), Specs.UndeclaredName);

        using var sarif = Sarif("check", Path.Combine("specs", "spec.pilot"));

        var run = sarif.RootElement.GetProperty("runs")[0];
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules");
        var result = Assert.Single(run.GetProperty("results").EnumerateArray());
        Assert.Equal("PS0102", result.GetProperty("ruleId").GetString());
        Assert.Equal("PS0102", rules[result.GetProperty("ruleIndex").GetInt32()].GetProperty("id").GetString());
        Assert.Equal("error", result.GetProperty("level").GetString());
        Assert.Equal("'东城' is not declared; did you mean '东城区'?", result.GetProperty("message").GetProperty("text").GetString());
        var physical = Assert.Single(result.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
        Assert.Equal("specs/spec.pilot", physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", physical.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        var region = physical.GetProperty("region");
        Assert.Equal(4, region.GetProperty("startLine").GetInt32());
        Assert.Equal(19, region.GetProperty("startColumn").GetInt32());
        Assert.Equal(4, region.GetProperty("endLine").GetInt32());
        Assert.Equal(21, region.GetProperty("endColumn").GetInt32());
        var root = run.GetProperty("originalUriBaseIds").GetProperty("%SRCROOT%").GetProperty("uri").GetString()!;
        Assert.StartsWith("file:///", root);
        Assert.EndsWith("/", root);
        Assert.Equal(Path.GetFullPath(_folder.Path).TrimEnd(Path.DirectorySeparatorChar), Path.GetFullPath(new Uri(root).LocalPath).TrimEnd(Path.DirectorySeparatorChar));
    }

    [Fact]
    public void Warnings_and_infos_have_their_levels_and_warnaserror_makes_them_errors()
    {
        _folder.Write("spec.pilot", Specs.Warning);

        using var plain = Sarif("check", "spec.pilot");
        using var strict = Sarif("check", "spec.pilot", "--warnaserror");

        Assert.Equal("warning", plain.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("level").GetString());
        Assert.Equal("error", strict.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("level").GetString());
    }

    [Fact]
    public void File_names_are_percent_encoded_in_uris()
    {
        _folder.Write(Path.Combine("my specs", "东城区.pilot"), Specs.BadDate);

        using var sarif = Sarif("check", "my specs");

        var uri = sarif.RootElement.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0]
            .GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString();
        Assert.Equal("my%20specs/%E4%B8%9C%E5%9F%8E%E5%8C%BA.pilot", uri);
    }

    [Fact]
    public void A_clean_run_has_an_empty_results_array_and_exits_0()
    {
        _folder.Write("clean.pilot", Specs.Clean);

        var result = _folder.Pilotc("check", "clean.pilot", "--format", "sarif");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var sarif = JsonDocument.Parse(result.StdOut);
        Assert.Equal(0, sarif.RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());
    }

    [Fact]
    public void Every_documented_code_has_its_first_paragraph_as_full_description()
    {
        _folder.Write("clean.pilot", Specs.Clean);

        using var sarif = Sarif("check", "clean.pilot");

        var rule = sarif.RootElement.GetProperty("runs")[0].GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray()
            .Single(r => r.GetProperty("id").GetString() == "PS0003");
        var text = rule.GetProperty("fullDescription").GetProperty("text").GetString()!;
        Assert.DoesNotContain("**", text);
        Assert.DoesNotContain("\n", text);
        Assert.Contains(text.Split(' ')[0], File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "diagnostics.md")));
    }

    [Fact]
    public void The_log_is_valid_against_the_SARIF_2_1_0_schema()
    {
        _folder.Write(Path.Combine("specs", "spec.pilot"), Specs.UndeclaredName);
        _folder.Write(Path.Combine("specs", "warning.pilot"), Specs.Warning);
        _folder.Write(Path.Combine("specs", "broken.pilot"), Specs.MissingValue);
        var schema = LoadSarifSchema();

        var result = _folder.Pilotc("check", "specs", "--format", "sarif");

        var evaluation = schema.Evaluate(JsonDocument.Parse(result.StdOut).RootElement, new Json.Schema.EvaluationOptions { OutputFormat = Json.Schema.OutputFormat.List });
        var errors = (evaluation.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
        Assert.True(evaluation.IsValid, string.Join("\n", errors));
        Assert.Equal(3, JsonDocument.Parse(result.StdOut).RootElement.GetProperty("runs")[0].GetProperty("results").GetArrayLength());

        // The schema really checks: a level SARIF does not know makes the log invalid.
        var broken = JsonDocument.Parse(result.StdOut.Replace("\"level\": \"error\"", "\"level\": \"fatal\"", StringComparison.Ordinal)).RootElement;
        Assert.False(schema.Evaluate(broken).IsValid);
    }

    /// <summary>
    /// The official schema is draft-04, which JsonSchema.Net does not read; it uses nothing
    /// that draft-07 reads differently (no boolean exclusiveMinimum), so only its dialect URI
    /// and its top-level `id` (dropped: its references are all local) are changed.
    /// </summary>
    private static Json.Schema.JsonSchema LoadSarifSchema()
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", "sarif-2.1.0-rtm.5.json"))
            .Replace("http://json-schema.org/draft-04/schema#", "http://json-schema.org/draft-07/schema#", StringComparison.Ordinal);
        var node = System.Text.Json.Nodes.JsonNode.Parse(text)!.AsObject();
        node.Remove("id");
        return Json.Schema.JsonSchema.FromText(node.ToJsonString());
    }

    private JsonDocument Sarif(params string[] args)
    {
        var result = _folder.Pilotc([.. args, "--format", "sarif"]);
        Assert.True(result.ExitCode is 0 or 1, result.ToString());
        Assert.Equal("", result.StdErr);
        return JsonDocument.Parse(result.StdOut);
    }
}
