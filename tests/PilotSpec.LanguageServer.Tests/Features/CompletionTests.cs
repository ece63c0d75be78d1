using System.Text.Json;
using PilotSpec.LanguageServer.Tests.Infrastructure;

namespace PilotSpec.LanguageServer.Tests.Features;

public class CompletionTests : IAsyncLifetime
{
    private LspTestServer _server = null!;

    public async Task InitializeAsync() => _server = await LspTestServer.StartInitializedAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private async Task<JsonElement[]> CompleteAsync(string marked)
    {
        var markup = Markup.Parse(marked);
        var uri = TestUris.Fresh();
        await _server.OpenAsync(uri, markup.Text);
        var list = await _server.RequestAsync("textDocument/completion", LspTestServer.At(uri, markup));
        Assert.False(list.GetProperty("isIncomplete").GetBoolean());
        return list.GetProperty("items").EnumerateArray().ToArray();
    }

    private async Task<string[]> LabelsAsync(string marked) => (await CompleteAsync(marked)).Select(i => i.GetProperty("label").GetString()!).ToArray();

    /// <summary>The small spec with <paramref name="insert"/> (holding the caret) added before the pilot's closing brace.</summary>
    private static string InSmallPilot(string insert) => Specs.Small.TrimEnd().TrimEnd('}') + insert + "\n}\n";

    [Fact]
    public async Task At_the_start_of_a_member_in_an_indicator_it_offers_the_indicators_properties()
    {
        var labels = await LabelsAsync(InSmallPilot("    indicator fresh {\n        $$\n    }"));
        Assert.Superset(new HashSet<string> { "unit", "better", "baseline", "target", "measured", "responsible", "formula" }, labels.ToHashSet());
        Assert.DoesNotContain("duration", labels); // a phase's
        Assert.DoesNotContain("site", labels);     // nothing nests in an indicator
    }

    [Fact]
    public async Task Properties_already_given_are_not_offered_again_but_repeatable_ones_are()
    {
        var indicator = await LabelsAsync("indicator x {\n    unit: percent\n    $$\n    better: higher\n}");
        Assert.DoesNotContain("unit", indicator);
        Assert.DoesNotContain("better", indicator);
        Assert.Contains("baseline", indicator);

        var evaluation = await LabelsAsync("evaluation e {\n    require: a > 1\n    method: before_after\n    $$\n}");
        Assert.Contains("require", evaluation);
        Assert.DoesNotContain("method", evaluation);
    }

    [Fact]
    public async Task A_partly_typed_property_name_is_replaced_as_a_whole()
    {
        var items = await CompleteAsync("indicator x {\n    unit: percent\n    ba$$\n}");
        var baseline = items.Single(i => i.GetProperty("label").GetString() == "baseline");
        var edit = baseline.GetProperty("textEdit");
        Assert.Equal("baseline: ", edit.GetProperty("newText").GetString());
        Assert.Equal(2, edit.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
        Assert.Equal(4, edit.GetProperty("range").GetProperty("start").GetProperty("character").GetInt32());
        Assert.Equal(6, edit.GetProperty("range").GetProperty("end").GetProperty("character").GetInt32());
        Assert.Equal(10, baseline.GetProperty("kind").GetInt32()); // Property
    }

    [Fact]
    public async Task After_in_colon_it_offers_sites_and_waves_and_all_sites_but_not_indicators()
    {
        var labels = await LabelsAsync(InSmallPilot("    phase Extra { after: Rollout; duration: 1 month; in: $$ }"));
        Assert.Superset(new HashSet<string> { "east", "west", "south", "first", "second", "control", "all sites" }, labels.ToHashSet());
        Assert.DoesNotContain("clearance_rate", labels);
        Assert.DoesNotContain("Launch", labels);
        Assert.DoesNotContain("unit", labels);
    }

    [Fact]
    public async Task After_a_comma_in_a_list_of_places_it_offers_places_again()
    {
        var labels = await LabelsAsync(InSmallPilot("    phase Extra { after: Rollout; duration: 1 month; in: first, $$ }"));
        Assert.Contains("second", labels);
        Assert.Contains("east", labels);
    }

    [Fact]
    public async Task In_require_it_offers_indicators_and_not_sites()
    {
        var labels = await LabelsAsync(InSmallPilot("    evaluation mid at end of Launch {\n        require: $$\n    }"));
        Assert.Contains("clearance_rate", labels);
        Assert.Contains("cost", labels);
        Assert.DoesNotContain("east", labels);
        Assert.DoesNotContain("Launch", labels);
    }

    [Fact]
    public async Task Indicators_come_with_their_kind_title_and_a_description()
    {
        var items = await CompleteAsync(InSmallPilot("    alert slow {\n        when: $$\n    }"));
        var rate = items.Single(i => i.GetProperty("label").GetString() == "clearance_rate");
        Assert.Equal(6, rate.GetProperty("kind").GetInt32()); // Variable
        Assert.Equal("indicator \"Case clearance rate\"", rate.GetProperty("detail").GetString());
        Assert.Contains("62% → 77%", rate.GetProperty("documentation").GetProperty("value").GetString());
    }

    /// <summary>The small spec with 600 more sites and a phase whose `in:` holds <paramref name="value"/> (with the caret).</summary>
    private static string WithManySites(string value) =>
        InSmallPilot(string.Concat(Enumerable.Range(0, 600).Select(i => $"    site s{i} {{ level: county }}\n")) + $"    phase Wide {{ start: 2020-01-01; duration: 1 month; in: {value} }}");

    private async Task<JsonElement> CompleteListAsync(string marked)
    {
        var markup = Markup.Parse(marked);
        var uri = TestUris.Fresh();
        await _server.OpenAsync(uri, markup.Text);
        return await _server.RequestAsync("textDocument/completion", LspTestServer.At(uri, markup));
    }

    [Fact]
    public async Task A_list_longer_than_the_limit_is_cut_and_marked_incomplete()
    {
        var list = await CompleteListAsync(WithManySites("$$"));

        Assert.True(list.GetProperty("isIncomplete").GetBoolean());
        Assert.Equal(PilotSpec.LanguageServer.Features.Completion.CompletionProvider.MaxItems, list.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_long_list_keeps_every_item_the_typed_word_can_still_become()
    {
        var list = await CompleteListAsync(WithManySites("s12$$"));
        var labels = list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("label").GetString()!).ToHashSet();

        Assert.False(list.GetProperty("isIncomplete").GetBoolean());
        Assert.Superset(new HashSet<string> { "s12", "s120", "s512", "s102" }, labels); // s-1-2 in order, as a fuzzy filter matches
        Assert.DoesNotContain("s3", labels);
        Assert.DoesNotContain("s21", labels);
    }

    [Fact]
    public async Task Items_of_a_long_list_get_their_documentation_when_resolved()
    {
        var list = await CompleteListAsync(WithManySites("s12$$"));
        var item = list.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("label").GetString() == "s12");
        Assert.False(item.TryGetProperty("documentation", out _));

        var resolved = await _server.RequestAsync("completionItem/resolve", item);

        Assert.StartsWith("```pilot\nsite s12", resolved.GetProperty("documentation").GetProperty("value").GetString());
        Assert.Equal("s12", resolved.GetProperty("label").GetString());
    }

    [Fact]
    public async Task After_after_colon_and_after_end_of_it_offers_phases()
    {
        Assert.Superset(new HashSet<string> { "Launch", "Rollout" }, (await LabelsAsync(InSmallPilot("    phase Extra { after: $$ }"))).ToHashSet());
        var header = await LabelsAsync(InSmallPilot("    evaluation mid at end of $$ {\n    }"));
        Assert.Superset(new HashSet<string> { "Launch", "Rollout" }, header.ToHashSet());
        Assert.DoesNotContain("east", header);
        var timing = await LabelsAsync(InSmallPilot("    evaluation mid at $$"));
        Assert.Contains("end of", timing);
    }

    [Theory]
    [InlineData("indicator x { measured: $$ }", new[] { "monthly", "quarterly", "annually" })]
    [InlineData("indicator x { better: $$ }", new[] { "higher", "lower" })]
    [InlineData("indicator x { unit: $$ }", new[] { "percent", "minutes", "CNY" })]
    [InlineData("evaluation e { decide: $$ }", new[] { "scale_up", "adjust", "extend", "terminate" })]
    [InlineData("evaluation e { otherwise: $$ }", new[] { "scale_up", "terminate" })]
    [InlineData("evaluation e { decide: $$ }", new[] { "推广", "调整", "延长", "终止" })]
    [InlineData("evaluation e { method: $$ }", new[] { "before_after", "difference_in_differences" })]
    [InlineData("site s { role: $$ }", new[] { "comparison", "treatment" })]
    [InlineData("site s { level: $$ }", new[] { "province", "city", "county" })]
    [InlineData("alert a { severity: $$ }", new[] { "high", "critical" })]
    [InlineData("evaluation e { decide: scale_up when $$ }", new[] { "all met", "any met", "none met" })]
    public async Task Closed_vocabularies_are_offered_where_they_belong(string marked, string[] expected)
    {
        var labels = await LabelsAsync(marked);
        Assert.Superset(expected.ToHashSet(), labels.ToHashSet());
    }

    [Fact]
    public async Task Stakeholder_roles_offered_are_the_ones_the_reference_lists()
    {
        // docs/language.md, `stakeholder`: the completion and the reference say the same words.
        var labels = await LabelsAsync("stakeholder s { role: $$ }");
        Assert.Superset(new HashSet<string> { "third_party_evaluator", "research_institute", "data_provider", "working_group", "government_department" }, labels.ToHashSet());
        Assert.DoesNotContain("implementer", labels);
    }

    [Fact]
    public async Task A_group_is_shown_as_a_group_and_a_wave_as_a_wave()
    {
        var items = await CompleteAsync(InSmallPilot("    phase Extra {\n        in: $$\n    }"));
        string Detail(string label) => items.Single(i => i.GetProperty("label").GetString() == label).GetProperty("detail").GetString()!;

        Assert.StartsWith("group", Detail("control"), StringComparison.Ordinal);
        Assert.StartsWith("wave", Detail("first"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_value_continued_on_the_next_line_after_a_comma_is_still_a_value()
    {
        var labels = await LabelsAsync(InSmallPilot("    phase Extra {\n        in: first,\n            $$\n    }"));
        Assert.Contains("second", labels);
        Assert.DoesNotContain("duration", labels);
    }

    [Fact]
    public async Task A_new_line_after_a_complete_value_starts_a_new_member()
    {
        var labels = await LabelsAsync(InSmallPilot("    phase Extra {\n        in: first\n        $$\n    }"));
        Assert.Contains("duration", labels);
        Assert.DoesNotContain("in", labels);
        Assert.DoesNotContain("second", labels);
    }

    [Fact]
    public async Task In_a_pilot_it_offers_declaration_snippets_for_everything_but_a_pilot()
    {
        var items = await CompleteAsync("pilot P {\n    $$\n}");
        var labels = items.Select(i => i.GetProperty("label").GetString()).ToArray();
        Assert.Superset(new HashSet<string?> { "goal", "indicator", "site", "wave", "phase", "alert", "evaluation", "stakeholder", "owner", "start" }, labels.ToHashSet());
        Assert.DoesNotContain("pilot", labels);

        var indicator = items.Single(i => i.GetProperty("label").GetString() == "indicator");
        Assert.Equal(15, indicator.GetProperty("kind").GetInt32()); // Snippet
        Assert.Equal(2, indicator.GetProperty("insertTextFormat").GetInt32());
        Assert.StartsWith("indicator ${1:name}", indicator.GetProperty("textEdit").GetProperty("newText").GetString());
    }

    [Fact]
    public async Task In_a_goal_only_goals_and_indicators_may_be_declared()
    {
        var labels = await LabelsAsync("pilot P {\n    goal G {\n        $$\n    }\n}");
        Assert.Contains("indicator", labels);
        Assert.Contains("goal", labels);
        Assert.Contains("measures", labels);
        Assert.DoesNotContain("site", labels);
        Assert.DoesNotContain("phase", labels);
    }

    [Fact]
    public async Task Completion_works_in_unfinished_text()
    {
        var labels = await LabelsAsync("pilot P {\n    site a { level: county }\n    wave w = [a]\n    phase X { start: 2019-01-01; in: $$");
        Assert.Contains("a", labels);
        Assert.Contains("w", labels);

        var members = await LabelsAsync("pilot P {\n    indicator x {\n        unit: \n        $$");
        Assert.Contains("better", members);
    }

    [Fact]
    public async Task Wave_lists_offer_sites()
    {
        var labels = await LabelsAsync("site a {}\nsite b {}\nwave w = [a, $$]");
        Assert.Contains("b", labels);
    }

    [Fact]
    public async Task After_a_dot_it_offers_what_an_indicator_value_has()
    {
        var labels = await LabelsAsync(InSmallPilot("    alert a { when: clearance_rate.$$ }"));
        Assert.Superset(new HashSet<string> { "change", "baseline", "target", "latest" }, labels.ToHashSet());
    }

    [Fact]
    public async Task After_a_dot_it_offers_grade_only_on_an_indicator_with_grades()
    {
        var graded = InSmallPilot("    indicator score {\n        unit: number\n        better: higher\n        grades: A from 90, B\n        round_to: 0\n    }\n"
            + "    alert a { when: score.$$ }");
        Assert.Contains("grade", await BoundLabelsAsync(graded));

        // clearance_rate has no grades: `.grade` on it is PS0607, so it is not offered.
        var ungraded = InSmallPilot("    alert a { when: clearance_rate.$$ }");
        Assert.DoesNotContain("grade", await BoundLabelsAsync(ungraded));
    }

    /// <summary>Completion once the server has bound this very version (it publishes its diagnostics then).</summary>
    private async Task<string[]> BoundLabelsAsync(string marked)
    {
        var markup = Markup.Parse(marked);
        var uri = TestUris.Fresh();
        await _server.OpenAsync(uri, markup.Text);
        await _server.WaitForDiagnosticsAsync(uri);
        var list = await _server.RequestAsync("textDocument/completion", LspTestServer.At(uri, markup));
        return list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("label").GetString()!).ToArray();
    }

    [Fact]
    public async Task After_at_in_a_condition_it_offers_quantifiers_and_sites()
    {
        var labels = await LabelsAsync(InSmallPilot("    alert a { when: clearance_rate < 50% at $$ }"));
        Assert.Superset(new HashSet<string> { "all sites", "any site", "east" }, labels.ToHashSet());
        var inWave = await LabelsAsync(InSmallPilot("    alert a { when: clearance_rate < 50% at all sites in $$ }"));
        Assert.Contains("first", inWave);
        Assert.DoesNotContain("east", inWave);
    }

    [Fact]
    public async Task After_a_complete_value_it_offers_the_clauses_that_may_follow()
    {
        Assert.Contains("on", await LabelsAsync("indicator x { baseline: 62% $$ }"));
        Assert.Contains("by", await LabelsAsync("indicator x { target: +15 points $$ }"));
        Assert.Contains("when", await LabelsAsync("evaluation e { decide: scale_up $$ }"));
    }

    [Theory]
    [InlineData("pilot P { // a comment $$\n}")]
    [InlineData("pilot P { owner: \"The bur$$eau\" }")]
    [InlineData("pilot P { /* block $$ */ }")]
    [InlineData("pilot P { site $$ }")]
    public async Task Nothing_is_offered_inside_comments_strings_or_where_a_new_name_goes(string marked)
    {
        Assert.Empty(await LabelsAsync(marked));
    }

    [Fact]
    public async Task Without_snippet_support_declarations_are_plain_keywords()
    {
        await using var server = LspTestServer.Start();
        await server.InitializeAsync(snippets: false);
        var markup = Markup.Parse("pilot P {\n    $$\n}");
        var uri = TestUris.Fresh();
        await server.OpenAsync(uri, markup.Text);
        var list = await server.RequestAsync("textDocument/completion", LspTestServer.At(uri, markup));
        var items = list.GetProperty("items").EnumerateArray().ToArray();
        Assert.All(items, i => Assert.Equal(1, i.GetProperty("insertTextFormat").GetInt32()));
        Assert.Equal("site", items.Single(i => i.GetProperty("label").GetString() == "site").GetProperty("textEdit").GetProperty("newText").GetString());
    }
}
