using System.Text.Json;
using PilotSpec.LanguageServer.Tests.Infrastructure;

namespace PilotSpec.LanguageServer.Tests.Features;

public class CodeActionAndHintTests : IAsyncLifetime
{
    private LspTestServer _server = null!;

    public async Task InitializeAsync() => _server = await LspTestServer.StartInitializedAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private async Task<JsonElement[]> ActionsAsync(string uri, string text, string needle)
    {
        var at = Markup.At(text, needle);
        var range = new { start = LspTestServer.Position(at), end = LspTestServer.Position(at) };
        var actions = await _server.RequestAsync("textDocument/codeAction", new { textDocument = new { uri }, range, context = new { diagnostics = Array.Empty<object>() } });
        return actions.EnumerateArray().ToArray();
    }

    private static string Apply(string text, JsonElement edits)
    {
        // Edits apply from the end backwards so earlier offsets stay valid.
        foreach (var edit in edits.EnumerateArray().OrderByDescending(e => (e.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32(), e.GetProperty("range").GetProperty("start").GetProperty("character").GetInt32())))
        {
            var start = OffsetOf(text, edit.GetProperty("range").GetProperty("start"));
            var end = OffsetOf(text, edit.GetProperty("range").GetProperty("end"));
            text = text.Substring(0, start) + edit.GetProperty("newText").GetString() + text.Substring(end);
        }

        return text;
    }

    private static int OffsetOf(string text, JsonElement position)
    {
        var line = position.GetProperty("line").GetInt32();
        var offset = 0;
        for (var i = 0; i < line; i++)
        {
            offset = text.IndexOf('\n', offset) + 1;
        }

        return offset + position.GetProperty("character").GetInt32();
    }

    [Fact]
    public async Task PS0102_offers_the_suggested_name_as_the_preferred_fix()
    {
        const string text = "site east { level: county }\nwave w = [eats]\nphase P { start: 2019-01-01; duration: 1 month; in: w }\n";
        var uri = TestUris.Fresh();
        await _server.OpenAsync(uri, text);
        await _server.WaitForDiagnosticsAsync(uri, p => p.Diagnostics.Any(d => d.Code == "PS0102"));

        var actions = await ActionsAsync(uri, text, "eats");
        var fix = actions.First();
        Assert.Equal("Change to 'east'", fix.GetProperty("title").GetString());
        Assert.Equal("quickfix", fix.GetProperty("kind").GetString());
        Assert.True(fix.GetProperty("isPreferred").GetBoolean());
        Assert.Equal("PS0102", fix.GetProperty("diagnostics")[0].GetProperty("code").GetString());
        var fixedText = Apply(text, fix.GetProperty("edit").GetProperty("changes").GetProperty(uri));
        Assert.Equal(text.Replace("[eats]", "[east]"), fixedText);
    }

    [Fact]
    public async Task PS0204_offers_percentage_points_and_the_fixed_spec_no_longer_warns()
    {
        const string text = "indicator satisfaction {\n    unit: percent\n    better: higher\n    baseline: 62% on 2018-12-31\n    target: +15% by 2020-12-31\n    measured: annually from \"survey\"\n}\n";
        var uri = TestUris.Fresh();
        await _server.OpenAsync(uri, text);
        await _server.WaitForDiagnosticsAsync(uri, p => p.Diagnostics.Any(d => d.Code == "PS0204"));

        var actions = await ActionsAsync(uri, text, "+15%");
        var fix = actions.Single(a => a.GetProperty("diagnostics")[0].GetProperty("code").GetString() == "PS0204" && a.GetProperty("title").GetString()!.StartsWith("Use percentage points", StringComparison.Ordinal));
        var fixedText = Apply(text, fix.GetProperty("edit").GetProperty("changes").GetProperty(uri));
        Assert.Contains("target: +15 points by 2020-12-31", fixedText);

        // Before the fix, the hint shows what +15% really means.
        var hints = await _server.RequestAsync("textDocument/inlayHint", new { textDocument = new { uri }, range = new { start = new { line = 0, character = 0 }, end = new { line = 9, character = 0 } } });
        Assert.Equal("→ 71.3%", Assert.Single(hints.EnumerateArray()).GetProperty("label").GetString());

        await _server.ChangeAsync(uri, 2, new { text = fixedText });
        var after = await _server.WaitForDiagnosticsAsync(uri, p => p.Version == 2);
        Assert.DoesNotContain(after.Diagnostics, d => d.Code == "PS0204");
    }

    [Fact]
    public async Task PS0113_offers_the_decision_a_mistyped_chinese_word_is_closest_to()
    {
        const string text = "evaluation e at 2020-01-01 {\n    require: 1 > 0\n    decide: 推行 when all met\n    otherwise: 调整\n}\n";
        var uri = TestUris.Fresh();
        await _server.OpenAsync(uri, text);
        await _server.WaitForDiagnosticsAsync(uri, p => p.Diagnostics.Any(d => d.Code == "PS0113"));

        var actions = await ActionsAsync(uri, text, "推行");
        var fix = actions.First();
        Assert.Equal("Change to '推广'", fix.GetProperty("title").GetString());
        Assert.True(fix.GetProperty("isPreferred").GetBoolean());
        var fixedText = Apply(text, fix.GetProperty("edit").GetProperty("changes").GetProperty(uri));
        Assert.Equal(text.Replace("推行", "推广", StringComparison.Ordinal), fixedText);

        await _server.ChangeAsync(uri, 2, new { text = fixedText });
        var after = await _server.WaitForDiagnosticsAsync(uri, p => p.Version == 2);
        Assert.DoesNotContain(after.Diagnostics, d => d.Code == "PS0113");
    }

    [Fact]
    public async Task PS0727_offers_the_last_due_date_and_the_fixed_spec_no_longer_warns()
    {
        // Monthly from 2024-01-01 to the pilot's end, 2024-12-31: December's figures are due 2024-01-01 + 12 months = 2025-01-01.
        const string text = "pilot P {\n    start: 2024-01-01\n    end: 2024-12-31\n    indicator wait {\n        unit: minutes\n        better: lower\n        baseline: 40 minutes on 2023-12-31\n        target: 20 minutes by 2024-12-31\n        measured: monthly from \"queue\"\n    }\n    site North { level: district }\n    phase Trial { start: 2024-01-01; end: 2024-12-31; in: all sites }\n    evaluation final at end of Trial {\n        require: wait <= 20 minutes at all sites\n    }\n}\n";
        var uri = TestUris.Fresh();
        await _server.OpenAsync(uri, text);
        await _server.WaitForDiagnosticsAsync(uri, p => p.Diagnostics.Any(d => d.Code == "PS0727"));

        var actions = await ActionsAsync(uri, text, "end of Trial");
        var fix = actions.First(a => a.GetProperty("diagnostics")[0].GetProperty("code").GetString() == "PS0727");
        Assert.Equal("Date the evaluation 2025-01-01", fix.GetProperty("title").GetString());
        Assert.True(fix.GetProperty("isPreferred").GetBoolean());
        var fixedText = Apply(text, fix.GetProperty("edit").GetProperty("changes").GetProperty(uri));
        Assert.Contains("evaluation final at 2025-01-01 {", fixedText);

        await _server.ChangeAsync(uri, 2, new { text = fixedText });
        var after = await _server.WaitForDiagnosticsAsync(uri, p => p.Version == 2);
        Assert.DoesNotContain(after.Diagnostics, d => d.Code is "PS0727" or "PS0721");
    }

    [Fact]
    public async Task Suppress_inserts_a_disable_comment_above_with_the_lines_indentation_and_the_code_goes_away()
    {
        const string text = "pilot P {\n    indicator satisfaction {\n        unit: percent\n        baseline: 62% on 2018-12-31\n        target: +15% by 2020-12-31\n    }\n}\n";
        var uri = TestUris.Fresh();
        await _server.OpenAsync(uri, text);
        await _server.WaitForDiagnosticsAsync(uri, p => p.Diagnostics.Any(d => d.Code == "PS0204"));

        var actions = await ActionsAsync(uri, text, "+15%");
        var suppress = actions.Single(a => a.GetProperty("title").GetString() == "Suppress PS0204 on this line");
        var suppressed = Apply(text, suppress.GetProperty("edit").GetProperty("changes").GetProperty(uri));
        Assert.Contains("        // pilot-disable-next-line PS0204\n        target: +15% by 2020-12-31", suppressed);

        await _server.ChangeAsync(uri, 2, new { text = suppressed });
        var after = await _server.WaitForDiagnosticsAsync(uri, p => p.Version == 2);
        Assert.DoesNotContain(after.Diagnostics, d => d.Code == "PS0204");

        // A second code on the same line joins the existing comment.
        var again = await ActionsAsync(uri, suppressed, "indicator satisfaction");
        Assert.DoesNotContain(again, a => a.GetProperty("title").GetString()!.Contains("PS0204", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Syntax_errors_cannot_be_suppressed()
    {
        const string text = "site a { level: }\n";
        var uri = TestUris.Fresh();
        await _server.OpenAsync(uri, text);
        await _server.WaitForDiagnosticsAsync(uri, p => p.Diagnostics.Length > 0);
        var actions = await ActionsAsync(uri, text, "}");
        Assert.DoesNotContain(actions, a => a.GetProperty("title").GetString()!.StartsWith("Suppress PS000", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Inlay_hints_show_phase_dates_and_absolute_targets()
    {
        var text = Specs.Policing;
        var uri = TestUris.Fresh();
        await _server.OpenAsync(uri, text);
        var lineCount = text.Split('\n').Length;
        var hints = await _server.RequestAsync("textDocument/inlayHint", new { textDocument = new { uri }, range = new { start = new { line = 0, character = 0 }, end = new { line = lineCount, character = 0 } } });
        var labels = hints.EnumerateArray().Select(h => (h.GetProperty("label").GetString(), h.GetProperty("position").GetProperty("line").GetInt32(), h.GetProperty("position").GetProperty("character").GetInt32())).ToList();

        var launch = Markup.At(text, "phase Launch", delta: "phase Launch".Length).Position;
        Assert.Contains(("2019-03-01 → 2019-05-31", launch.Line, launch.Character), labels); // the schedule resolver's dates: the last day
        var clearance = Markup.At(text, "+15 points by 2020-12-31", delta: "+15 points".Length).Position;
        Assert.Contains(("→ 77%", clearance.Line, clearance.Character), labels);
        Assert.Contains(labels, l => l.Item1 == "→ 1,560 officers");
        Assert.Contains(labels, l => l.Item1 == "→ 4,320 CNY");
        Assert.DoesNotContain(labels, l => l.Item1 == "→ 12 minutes"); // already absolute
    }

    [Fact]
    public async Task Inlay_hints_are_limited_to_the_requested_range()
    {
        var text = Specs.Policing;
        var uri = TestUris.Fresh();
        await _server.OpenAsync(uri, text);
        var launchLine = Markup.At(text, "phase Launch").Position.Line;
        var hints = await _server.RequestAsync("textDocument/inlayHint", new { textDocument = new { uri }, range = new { start = new { line = launchLine, character = 0 }, end = new { line = launchLine + 1, character = 0 } } });
        var hint = Assert.Single(hints.EnumerateArray());
        Assert.StartsWith("2019-03-01", hint.GetProperty("label").GetString());
    }
}
