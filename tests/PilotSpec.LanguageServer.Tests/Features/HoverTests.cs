using PilotSpec.LanguageServer.Tests.Infrastructure;

namespace PilotSpec.LanguageServer.Tests.Features;

public class HoverTests : IAsyncLifetime
{
    private LspTestServer _server = null!;
    private readonly string _uri = TestUris.Fresh("hover");

    public async Task InitializeAsync()
    {
        _server = await LspTestServer.StartInitializedAsync();
        await _server.OpenAsync(_uri, Specs.Policing);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private async Task<string?> HoverAsync(string needle, int occurrence = 0, int delta = 1)
    {
        var at = Markup.At(Specs.Policing, needle, occurrence, delta);
        var hover = await _server.RequestAsync("textDocument/hover", LspTestServer.At(_uri, at));
        if (hover.ValueKind == System.Text.Json.JsonValueKind.Null)
        {
            return null;
        }

        Assert.Equal("markdown", hover.GetProperty("contents").GetProperty("kind").GetString());
        return hover.GetProperty("contents").GetProperty("value").GetString();
    }

    [Fact]
    public async Task An_indicator_shows_unit_direction_baseline_and_the_absolute_target()
    {
        var text = await HoverAsync("clearance_rate.change", occurrence: 0);
        Assert.NotNull(text);
        Assert.Contains("indicator clearance_rate \"Case clearance rate\"", text);
        Assert.Contains("unit: percent; higher is better", text);
        Assert.Contains("baseline: 62% on 2018-12-31", text);
        Assert.Contains("62% → 77% by 2020-12-31", text);
        Assert.Contains("(+15 points)", text);
        Assert.Contains("measured quarterly from \"case management system\"", text);
    }

    [Fact]
    public async Task A_relative_target_is_computed_from_the_baseline()
    {
        var text = await HoverAsync("indicator key_post_officers", delta: "indicator ".Length + 2);
        Assert.Contains("1,200 officers → 1,560 officers by 2020-12-31", text);
        Assert.Contains("(+30%)", text);
    }

    [Fact]
    public async Task A_phase_shows_its_resolved_dates_at_each_site()
    {
        var text = await HoverAsync("phase Implementation", delta: "phase ".Length + 3);
        Assert.NotNull(text);
        Assert.Contains("runs 2019-06-01 → ", text);
        Assert.Contains("| 东城区 | 2019-06-01 |", text);
        Assert.Contains("| 南城区 | 2019-09-01 |", text); // staggered by 3 months
    }

    [Fact]
    public async Task A_site_shows_its_level_role_and_waves()
    {
        var text = await HoverAsync("[东城区]");
        Assert.NotNull(text);
        Assert.Contains("site 东城区 \"East district\"", text);
        Assert.Contains("level: county; role: pilot", text);
        Assert.Contains("in first", text);

        var comparison = await HoverAsync("site 西城区", delta: "site ".Length + 1);
        Assert.Contains("role: comparison", comparison);
    }

    [Fact]
    public async Task Hover_range_is_the_name_and_nothing_is_shown_on_punctuation_or_literals()
    {
        var at = Markup.At(Specs.Policing, "after: Launch", delta: "after: ".Length + 2);
        var hover = await _server.RequestAsync("textDocument/hover", LspTestServer.At(_uri, at));
        var range = hover.GetProperty("range");
        Assert.Equal(at.Position.Character - 2, range.GetProperty("start").GetProperty("character").GetInt32());
        Assert.Equal(at.Position.Character + 4, range.GetProperty("end").GetProperty("character").GetInt32());

        Assert.Null(await HoverAsync("62% on", delta: 1));
        Assert.Null(await HoverAsync("{", delta: 0));
    }

    [Fact]
    public async Task A_diagnostic_code_in_a_suppression_comment_shows_what_it_means()
    {
        var uri = TestUris.Fresh();
        const string text = "// pilot-disable-next-line PS0104\nwave w = []\n";
        await _server.OpenAsync(uri, text);
        var hover = await _server.RequestAsync("textDocument/hover", LspTestServer.At(uri, Markup.At(text, "PS0104", delta: 2)));
        var value = hover.GetProperty("contents").GetProperty("value").GetString();
        Assert.StartsWith("**PS0104**", value);
        Assert.Contains("docs/diagnostics.md#ps0104", value);
    }
}
