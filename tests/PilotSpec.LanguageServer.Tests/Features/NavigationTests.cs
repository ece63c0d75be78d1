using System.Text.Json;
using PilotSpec.LanguageServer.Protocol;
using PilotSpec.LanguageServer.Tests.Infrastructure;

namespace PilotSpec.LanguageServer.Tests.Features;

public class NavigationTests : IAsyncLifetime
{
    private LspTestServer _server = null!;
    private readonly string _uri = TestUris.Fresh("nav");
    private static readonly string Text = Specs.Small;

    public async Task InitializeAsync()
    {
        _server = await LspTestServer.StartInitializedAsync();
        await _server.OpenAsync(_uri, Text);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    private static (int Line, int Start, int End) Span(JsonElement range) =>
        (range.GetProperty("start").GetProperty("line").GetInt32(), range.GetProperty("start").GetProperty("character").GetInt32(), range.GetProperty("end").GetProperty("character").GetInt32());

    private static (int Line, int Start, int End) SpanOf(string text, string needle, int occurrence, int length)
    {
        var at = Markup.At(text, needle, occurrence);
        return (at.Position.Line, at.Position.Character, at.Position.Character + length);
    }

    [Fact]
    public async Task Definition_goes_from_a_use_to_the_declaration()
    {
        var use = Markup.At(Text, "after: Launch", delta: "after: ".Length + 1);
        var locations = await _server.RequestAsync("textDocument/definition", LspTestServer.At(_uri, use));
        var location = Assert.Single(locations.EnumerateArray());
        Assert.Equal(_uri, location.GetProperty("uri").GetString());
        Assert.Equal(SpanOf(Text, "Launch {", 0, "Launch".Length), Span(location.GetProperty("range")));
    }

    [Fact]
    public async Task Definition_of_a_phase_in_end_of_and_of_a_site_in_a_wave()
    {
        var phase = await _server.RequestAsync("textDocument/definition", LspTestServer.At(_uri, Markup.At(Text, "end of Rollout", delta: "end of ".Length)));
        Assert.Equal(SpanOf(Text, "Rollout {", 0, "Rollout".Length), Span(phase[0].GetProperty("range")));

        var site = await _server.RequestAsync("textDocument/definition", LspTestServer.At(_uri, Markup.At(Text, "[south]", delta: 1)));
        Assert.Equal(SpanOf(Text, "south \"", 0, "south".Length), Span(site[0].GetProperty("range")));
    }

    [Fact]
    public async Task Definition_on_a_keyword_or_literal_finds_nothing()
    {
        var none = await _server.RequestAsync("textDocument/definition", LspTestServer.At(_uri, Markup.At(Text, "phase Launch", delta: 2)));
        Assert.Empty(none.EnumerateArray());
    }

    [Fact]
    public async Task References_list_the_declaration_and_every_use()
    {
        var at = Markup.At(Text, "indicator clearance_rate", delta: "indicator ".Length + 3);
        var all = await _server.RequestAsync("textDocument/references", new { textDocument = new { uri = _uri }, position = LspTestServer.Position(at), context = new { includeDeclaration = true } });
        var spans = all.EnumerateArray().Select(l => Span(l.GetProperty("range"))).ToList();
        Assert.Equal(new[] { SpanOf(Text, "clearance_rate \"", 0, 14), SpanOf(Text, "clearance_rate.change", 0, 14) }, spans);

        var usesOnly = await _server.RequestAsync("textDocument/references", new { textDocument = new { uri = _uri }, position = LspTestServer.Position(at), context = new { includeDeclaration = false } });
        Assert.Single(usesOnly.EnumerateArray());
    }

    [Fact]
    public async Task Document_highlight_marks_the_declaration_as_write_and_uses_as_read()
    {
        var at = Markup.At(Text, "in: first,", delta: "in: ".Length + 1);
        var highlights = await _server.RequestAsync("textDocument/documentHighlight", LspTestServer.At(_uri, at));
        var kinds = highlights.EnumerateArray().Select(h => (Span(h.GetProperty("range")), h.GetProperty("kind").GetInt32())).ToList();
        Assert.Equal(3, kinds.Count); // wave first, in: first (Launch), in: first (Rollout)
        Assert.Equal((SpanOf(Text, "first = ", 0, 5), (int)DocumentHighlightKind.Write), kinds[0]);
        Assert.All(kinds.Skip(1), k => Assert.Equal((int)DocumentHighlightKind.Read, k.Item2));
    }

    [Fact]
    public async Task Prepare_rename_gives_the_name_and_refuses_keywords()
    {
        var at = Markup.At(Text, "wave second", delta: "wave ".Length + 2);
        var prepared = await _server.RequestAsync("textDocument/prepareRename", LspTestServer.At(_uri, at));
        Assert.Equal("second", prepared.GetProperty("placeholder").GetString());
        Assert.Equal(SpanOf(Text, "second = ", 0, 6), Span(prepared.GetProperty("range")));

        var keyword = await _server.RequestAsync("textDocument/prepareRename", LspTestServer.At(_uri, Markup.At(Text, "wave second", delta: 1)));
        Assert.Equal(JsonValueKind.Null, keyword.ValueKind);
        var vocabulary = await _server.RequestAsync("textDocument/prepareRename", LspTestServer.At(_uri, Markup.At(Text, "quarterly", delta: 1)));
        Assert.Equal(JsonValueKind.Null, vocabulary.ValueKind);
    }

    [Fact]
    public async Task Rename_edits_the_declaration_and_every_use()
    {
        var at = Markup.At(Text, "phase Rollout", delta: "phase ".Length);
        var edit = await _server.RequestAsync("textDocument/rename", new { textDocument = new { uri = _uri }, position = LspTestServer.Position(at), newName = "推广" });
        var edits = edit.GetProperty("changes").GetProperty(_uri).EnumerateArray().ToList();
        Assert.Equal(2, edits.Count);
        Assert.All(edits, e => Assert.Equal("推广", e.GetProperty("newText").GetString()));
        Assert.Equal(SpanOf(Text, "Rollout {", 0, 7), Span(edits[0].GetProperty("range")));
        Assert.Equal(SpanOf(Text, "Rollout {\n        method", 0, 7), Span(edits[1].GetProperty("range")));
    }

    [Theory]
    [InlineData("phase")]
    [InlineData("two words")]
    [InlineData("9lives")]
    [InlineData("")]
    public async Task Rename_to_a_keyword_or_a_non_name_is_refused(string newName)
    {
        var at = Markup.At(Text, "phase Rollout", delta: "phase ".Length);
        await RpcAssert.FailsWith(LspErrorCodes.InvalidParams, () => _server.RequestAsync("textDocument/rename", new { textDocument = new { uri = _uri }, position = LspTestServer.Position(at), newName }));
    }

    [Fact]
    public async Task Rename_to_a_name_already_declared_is_refused_and_says_which()
    {
        // Renaming the wave `first` to `second` would make the two waves one.
        var at = Markup.At(Text, "wave first", delta: "wave ".Length);

        var error = await RpcAssert.FailsWith(LspErrorCodes.RequestFailed, () => _server.RequestAsync("textDocument/rename", new { textDocument = new { uri = _uri }, position = LspTestServer.Position(at), newName = "second" }));

        var line = Text[..Text.IndexOf("wave second", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        Assert.Equal($"'second' is already the name of wave second (line {line}): renaming would make two declarations one. Choose another name, or rename that one first.", error.Message);

        // Renaming to its own name is no conflict.
        var same = await _server.RequestAsync("textDocument/rename", new { textDocument = new { uri = _uri }, position = LspTestServer.Position(at), newName = "first" });
        Assert.Equal(Text.Split("first").Length - 1, same.GetProperty("changes").GetProperty(_uri).GetArrayLength());
    }

    [Fact]
    public async Task Rename_refusals_are_in_the_clients_language()
    {
        await using var chinese = await LspTestServer.StartInitializedAsync(locale: "zh-CN");
        var uri = TestUris.Fresh("rename-zh");
        await chinese.OpenAsync(uri, Text);
        var at = LspTestServer.Position(Markup.At(Text, "wave first", delta: "wave ".Length));

        var taken = await RpcAssert.FailsWith(LspErrorCodes.RequestFailed, () => chinese.RequestAsync("textDocument/rename", new { textDocument = new { uri }, position = at, newName = "second" }));
        var invalid = await RpcAssert.FailsWith(LspErrorCodes.InvalidParams, () => chinese.RequestAsync("textDocument/rename", new { textDocument = new { uri }, position = at, newName = "9lives" }));

        Assert.StartsWith("“second”已是 wave second（第 ", taken.Message, StringComparison.Ordinal);
        Assert.StartsWith("“9lives”不是有效的名称", invalid.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rename_reaches_imported_files_and_open_files_that_import_the_declaration()
    {
        using var folder = new TempFolder();
        const string catalogue = "site east { level: county }\nsite west { level: county }\n";
        const string spec = "import \"catalogue.pilot\"\nwave first = [east]\nphase P { start: 2019-01-01; duration: 1 month; in: east }\n";
        folder.Write("catalogue.pilot", catalogue);
        var catalogueUri = folder.Uri("catalogue.pilot");
        var specUri = folder.Uri("spec.pilot");
        await _server.OpenAsync(specUri, spec);
        await _server.OpenAsync(catalogueUri, catalogue);

        // From the declaring file: the importer's uses are found through its open document.
        var edit = await _server.RequestAsync("textDocument/rename", new { textDocument = new { uri = catalogueUri }, position = LspTestServer.Position(Markup.At(catalogue, "east", delta: 1)), newName = "east_district" });
        var changes = edit.GetProperty("changes");
        Assert.Single(changes.GetProperty(catalogueUri).EnumerateArray());
        Assert.Equal(2, changes.GetProperty(specUri).GetArrayLength());

        // From a use in the importer: the declaration in the imported file is renamed too.
        var fromUse = await _server.RequestAsync("textDocument/rename", new { textDocument = new { uri = specUri }, position = LspTestServer.Position(Markup.At(spec, "[east]", delta: 1)), newName = "e" });
        Assert.Single(fromUse.GetProperty("changes").GetProperty(catalogueUri).EnumerateArray());
        Assert.Equal(2, fromUse.GetProperty("changes").GetProperty(specUri).GetArrayLength());

        var definition = await _server.RequestAsync("textDocument/definition", LspTestServer.At(specUri, Markup.At(spec, "[east]", delta: 1)));
        Assert.Equal(catalogueUri, definition[0].GetProperty("uri").GetString());

        var import = await _server.RequestAsync("textDocument/definition", LspTestServer.At(specUri, Markup.At(spec, "catalogue", delta: 1)));
        Assert.Equal(catalogueUri, import[0].GetProperty("uri").GetString());
    }
}
