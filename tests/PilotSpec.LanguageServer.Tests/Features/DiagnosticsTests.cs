using System.Text;
using System.Text.Json;
using PilotSpec.LanguageServer.Protocol;
using PilotSpec.LanguageServer.Server;
using PilotSpec.LanguageServer.Tests.Infrastructure;

namespace PilotSpec.LanguageServer.Tests.Features;

public class DiagnosticsTests
{
    private const string UndefinedName = """
        pilot P {
            owner: "o"
            problem: "p"
            start: 2019-01-01
            indicator rate { unit: percent; better: higher; baseline: 50% on 2018-12-31; target: 60% by 2019-12-31; measured: monthly from "x" }
            site a { level: county }
            phase Run { start: 2019-01-01; duration: 6 months; in: a }
            evaluation e at end of Run {
                require: rat >= 55% at all sites
                decide: scale_up when all met
                otherwise: terminate
            }
        }
        """;

    [Fact]
    public async Task Diagnostics_are_pushed_on_open_with_range_code_help_link_severity_and_source()
    {
        await using var server = await LspTestServer.StartInitializedAsync();
        var uri = TestUris.Fresh();
        await server.OpenAsync(uri, UndefinedName, version: 7);

        var published = await server.WaitForDiagnosticsAsync(uri);
        Assert.Equal(7, published.Version);
        var diagnostic = Assert.Single(published.Diagnostics, d => d.Code == "PS0102");
        var at = Markup.At(UndefinedName, "rat >=");
        Assert.Equal(new Range(at.Position, at.Position with { Character = at.Position.Character + 3 }), diagnostic.Range);
        Assert.Equal(LspDiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("rate", diagnostic.Message);

        var raw = server.RawPublished.Last(p => p.GetProperty("uri").GetString() == uri);
        var wire = raw.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("code").GetString() == "PS0102");
        Assert.Equal("pilotspec", wire.GetProperty("source").GetString());
        Assert.Equal(1, wire.GetProperty("severity").GetInt32());
        Assert.EndsWith("docs/diagnostics.md#ps0102", wire.GetProperty("codeDescription").GetProperty("href").GetString());
        Assert.False(wire.TryGetProperty("tags", out _), "absent optional fields are not written as null");
    }

    [Fact]
    public async Task An_edit_republishes_for_the_new_version()
    {
        await using var server = await LspTestServer.StartInitializedAsync();
        var uri = TestUris.Fresh();
        await server.OpenAsync(uri, UndefinedName);
        await server.WaitForDiagnosticsAsync(uri, p => p.Diagnostics.Any(d => d.Code == "PS0102"));

        var at = Markup.At(UndefinedName, "rat >=", delta: 3);
        await server.ChangeAsync(uri, 2, LspTestServer.Edit(at.Position.Line, at.Position.Character, at.Position.Line, at.Position.Character, "e"));
        var fixedUp = await server.WaitForDiagnosticsAsync(uri, p => p.Version == 2);
        Assert.DoesNotContain(fixedUp.Diagnostics, d => d.Code is "PS0101" or "PS0102");
    }

    [Fact]
    public async Task Rapid_edits_are_debounced_and_only_the_latest_version_is_published()
    {
        await using var server = await LspTestServer.StartInitializedAsync(new LanguageServerOptions { DiagnosticsDelay = TimeSpan.FromMilliseconds(400) });
        var uri = TestUris.Fresh();
        await server.OpenAsync(uri, "site a {}\n");
        await server.WaitForDiagnosticsAsync(uri, p => p.Version == 1);

        for (var version = 2; version <= 6; version++)
        {
            await server.ChangeAsync(uri, version, LspTestServer.Edit(1, 0, 1, 0, $"site s{version} {{}}\n"));
        }

        await server.WaitForDiagnosticsAsync(uri, p => p.Version == 6);
        await Task.Delay(600);
        Assert.Equal(new int?[] { 1, 6 }, server.PublishedFor(uri).Select(p => p.Version).ToArray());
    }

    [Fact]
    public async Task The_client_sets_the_typing_pause_in_initialization_options()
    {
        await using var server = LspTestServer.Start();
        await server.InitializeAsync(initializationOptions: new { diagnosticsDelay = 10_000 });
        var uri = TestUris.Fresh();
        await server.OpenAsync(uri, "site a {}\n");
        await server.WaitForDiagnosticsAsync(uri, p => p.Version == 1);

        await server.ChangeAsync(uri, 2, LspTestServer.Edit(1, 0, 1, 0, "site b {}\n"));
        await Task.Delay(1_000);
        Assert.DoesNotContain(server.PublishedFor(uri), p => p.Version == 2); // the harness's own pause is 20 ms
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("\"soon\"")]
    [InlineData("20000")]
    [InlineData("1.5")]
    public async Task A_typing_pause_the_server_cannot_use_is_reported_and_the_default_kept(string value)
    {
        await using var server = LspTestServer.Start();
        await server.InitializeAsync(initializationOptions: JsonDocument.Parse($"{{\"diagnosticsDelay\": {value}}}").RootElement);
        var uri = TestUris.Fresh();
        await server.OpenAsync(uri, "site a {}\n");
        await server.WaitForDiagnosticsAsync(uri, p => p.Version == 1);
        await server.ChangeAsync(uri, 2, LspTestServer.Edit(1, 0, 1, 0, "site b {}\n"));

        await server.WaitForDiagnosticsAsync(uri, p => p.Version == 2);
        Assert.Contains(server.Logs, l => l.Type == MessageType.Warning && l.Message.Contains("diagnosticsDelay") && l.Message.Contains(value));
    }

    [Fact]
    public async Task Positions_count_utf16_code_units_by_default_next_to_chinese_text_and_characters_outside_the_BMP()
    {
        var text = "site 东城区 \"😀 east 𠀀\" { level: county }\nwave w = [东城区, 西城𠀀区]\n";
        await using var server = await LspTestServer.StartInitializedAsync();
        var uri = TestUris.Fresh();
        await server.OpenAsync(uri, text);

        var diagnostic = (await server.WaitForDiagnosticsAsync(uri)).Diagnostics.Single(d => d.Code is "PS0101" or "PS0102");
        // Line 1 is `wave w = [东城区, 西城𠀀区]`: the name starts after 15 UTF-16 units and is 5 long (𠀀 takes two).
        Assert.Equal(new Range(new Position(1, 15), new Position(1, 20)), diagnostic.Range);
    }

    [Fact]
    public async Task With_utf8_negotiated_positions_count_bytes()
    {
        var text = "site 东城区 \"😀\" { level: county }\nwave w = [东城区, 西城𠀀区]\n";
        await using var server = await LspTestServer.StartInitializedAsync(positionEncodings: new[] { "utf-8", "utf-16" });
        var uri = TestUris.Fresh();
        await server.OpenAsync(uri, text);

        var diagnostic = (await server.WaitForDiagnosticsAsync(uri)).Diagnostics.Single(d => d.Code is "PS0101" or "PS0102");
        var start = Encoding.UTF8.GetByteCount("wave w = [东城区, ");
        var length = Encoding.UTF8.GetByteCount("西城𠀀区");
        Assert.Equal(new Range(new Position(1, start), new Position(1, start + length)), diagnostic.Range);

        // An edit in bytes too: replace 西城𠀀区 with 东城区 (now defined).
        await server.ChangeAsync(uri, 2, LspTestServer.Edit(1, start, 1, start + length, "东城区"));
        var after = await server.WaitForDiagnosticsAsync(uri, p => p.Version == 2);
        Assert.DoesNotContain(after.Diagnostics, d => d.Code is "PS0101" or "PS0102");
    }

    [Fact]
    public async Task Severities_come_from_the_nearest_pilotspec_json()
    {
        using var folder = new TempFolder();
        folder.Write("pilotspec.json", """{ "diagnostics": { "PS0104": "error", "PS0303": "none" } }""");
        await using var server = await LspTestServer.StartInitializedAsync();
        var uri = folder.Uri("spec.pilot");
        await server.OpenAsync(uri, "site a { level: county }\nwave lonely = [a]\nwave other = [a]\n");

        var published = await server.WaitForDiagnosticsAsync(uri);
        var unused = published.Diagnostics.Where(d => d.Code == "PS0104").ToList();
        Assert.NotEmpty(unused);
        Assert.All(unused, d => Assert.Equal(LspDiagnosticSeverity.Error, d.Severity));
        Assert.DoesNotContain(published.Diagnostics, d => d.Code == "PS0303");
    }

    [Fact]
    public async Task A_suppression_comment_silences_the_code_on_the_next_line()
    {
        await using var server = await LspTestServer.StartInitializedAsync();
        var uri = TestUris.Fresh();
        await server.OpenAsync(uri, "site a { level: county }\n// pilot-disable-next-line PS0104\nwave lonely = [a]\nwave other = [a]\n");

        var published = await server.WaitForDiagnosticsAsync(uri);
        var unused = Assert.Single(published.Diagnostics, d => d.Code == "PS0104");
        Assert.Equal(3, unused.Range.Start.Line);
    }

    [Fact]
    public async Task Imports_are_read_from_open_documents_first_and_importers_are_rechecked_when_they_change()
    {
        using var folder = new TempFolder();
        folder.Write("sites.pilot", "site east { level: county }\n");
        await using var server = await LspTestServer.StartInitializedAsync();
        var main = folder.Uri("main.pilot");
        var sites = folder.Uri("sites.pilot");

        await server.OpenAsync(main, "import \"sites.pilot\"\nwave w = [north]\n");
        var before = await server.WaitForDiagnosticsAsync(main);
        Assert.Contains(before.Diagnostics, d => d.Code is "PS0101" or "PS0102");

        // The unsaved buffer declares north: the importer sees it, without a save.
        await server.OpenAsync(sites, "site east { level: county }\n");
        await server.WaitForDiagnosticsAsync(sites);
        await server.ChangeAsync(sites, 2, new { text = "site north { level: county }\n" });
        var after = await server.WaitForDiagnosticsAsync(main, p => !p.Diagnostics.Any(d => d.Code is "PS0101" or "PS0102"));
        Assert.Equal(1, after.Version);
    }

    [Fact]
    public async Task A_missing_import_is_reported_on_its_path()
    {
        await using var server = await LspTestServer.StartInitializedAsync();
        var uri = TestUris.Fresh();
        const string text = "import \"nowhere.pilot\"\n";
        await server.OpenAsync(uri, text);
        var diagnostic = (await server.WaitForDiagnosticsAsync(uri)).Diagnostics.Single(d => d.Code == "PS0105");
        Assert.Equal(new Range(new Position(0, 7), new Position(0, 22)), diagnostic.Range);
    }
}

public class ConfigurationReloadTests
{
    [Theory]
    [InlineData("textDocument/didSave")]
    [InlineData("workspace/didChangeWatchedFiles")]
    public async Task A_changed_pilotspec_json_takes_effect_when_the_client_reports_a_save_or_a_file_change(string notification)
    {
        using var folder = new TempFolder();
        var config = folder.Write("pilotspec.json", """{ "diagnostics": { "PS0104": "warning" } }""");
        await using var server = await LspTestServer.StartInitializedAsync();
        var uri = folder.Uri("spec.pilot");
        await server.OpenAsync(uri, "site a { level: county }\nwave lonely = [a]\n");
        var before = await server.WaitForDiagnosticsAsync(uri);
        Assert.Equal(LspDiagnosticSeverity.Warning, before.Diagnostics.Single(d => d.Code == "PS0104").Severity);

        File.WriteAllText(config, """{ "diagnostics": { "PS0104": "error" } }   """);
        File.SetLastWriteTimeUtc(config, DateTime.UtcNow.AddMinutes(1));
        server.ClearPublished();
        object parameters = notification == "textDocument/didSave"
            ? new { textDocument = new { uri } }
            : new { changes = new[] { new { uri = new Uri(config).AbsoluteUri, type = 2 } } };
        await server.NotifyAsync(notification, parameters);

        var after = await server.WaitForDiagnosticsAsync(uri, p => p.Diagnostics.Any(d => d.Code == "PS0104" && d.Severity == LspDiagnosticSeverity.Error));
        Assert.Equal(1, after.Version);
    }
}
