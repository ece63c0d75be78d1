using System.Text.Json;
using PilotSpec.LanguageServer.Features.SemanticTokens;
using PilotSpec.LanguageServer.Tests.Infrastructure;

namespace PilotSpec.LanguageServer.Tests.Features;

/// <summary>Outline, workspace symbols, semantic tokens and folding.</summary>
public class EditorFeatureTests : IAsyncLifetime
{
    private LspTestServer _server = null!;
    private readonly string _uri = TestUris.Fresh("editor");

    public async Task InitializeAsync()
    {
        _server = await LspTestServer.StartInitializedAsync();
        await _server.OpenAsync(_uri, Specs.Small);
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Document_symbols_are_nested_as_the_file_nests_declarations()
    {
        var symbols = await _server.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = _uri } });
        var pilot = Assert.Single(symbols.EnumerateArray());
        Assert.Equal("Reform", pilot.GetProperty("name").GetString());
        Assert.Equal("A small reform", pilot.GetProperty("detail").GetString());
        Assert.Equal(3, pilot.GetProperty("kind").GetInt32()); // Namespace

        var children = pilot.GetProperty("children").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToArray();
        Assert.Equal(new[] { "Speed", "east", "west", "south", "first", "second", "control", "Launch", "Rollout", "final" }, children);
        var goal = pilot.GetProperty("children")[0];
        Assert.Equal(new[] { "clearance_rate", "cost" }, goal.GetProperty("children").EnumerateArray().Select(c => c.GetProperty("name").GetString()));

        // The selection (the name) lies inside the range (the whole declaration).
        var indicator = goal.GetProperty("children")[0];
        Assert.Equal(7, indicator.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
        Assert.Equal(13, indicator.GetProperty("range").GetProperty("end").GetProperty("line").GetInt32());
        Assert.Equal(7, indicator.GetProperty("selectionRange").GetProperty("start").GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task Document_symbols_of_unfinished_text_still_show_what_is_there()
    {
        var uri = TestUris.Fresh();
        await _server.OpenAsync(uri, "pilot P {\n  site { level: county }\n  phase Run {\n    in: ");
        var symbols = await _server.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri } });
        var children = symbols[0].GetProperty("children").EnumerateArray().Select(c => c.GetProperty("name").GetString()).ToArray();
        Assert.Equal(new[] { "(site)", "Run" }, children);
    }

    [Fact]
    public async Task Workspace_symbols_match_names_by_their_letters_in_order()
    {
        var symbols = await _server.RequestAsync("workspace/symbol", new { query = "clrt" });
        var match = Assert.Single(symbols.EnumerateArray());
        Assert.Equal("clearance_rate", match.GetProperty("name").GetString());
        Assert.Equal(_uri, match.GetProperty("location").GetProperty("uri").GetString());
        Assert.Equal("Speed", match.GetProperty("containerName").GetString());

        var all = await _server.RequestAsync("workspace/symbol", new { query = "" });
        Assert.True(all.GetArrayLength() >= 12);
    }

    [Fact]
    public async Task Semantic_tokens_colour_names_by_what_they_mean()
    {
        var text = "site east { level: county }\nwave first = [east] // note\nphase P { start: 2019-01-01; in: first }\n";
        var uri = TestUris.Fresh();
        await _server.OpenAsync(uri, text);
        var tokens = await _server.RequestAsync("textDocument/semanticTokens/full", new { textDocument = new { uri } });
        var decoded = Decode(tokens.GetProperty("data").EnumerateArray().Select(e => e.GetInt32()).ToArray(), text);

        Assert.Contains(("site", "keyword", 0), decoded);
        Assert.Contains(("east", "struct", 1), decoded);        // declaration
        Assert.Contains(("level", "property", 0), decoded);
        Assert.Contains(("county", "enumMember", 0), decoded);
        Assert.Contains(("first", "enum", 1), decoded);
        Assert.Contains(("east", "struct", 0), decoded);        // a use in the wave
        Assert.Contains(("// note", "comment", 0), decoded);
        Assert.Contains(("start", "property", 0), decoded);     // a keyword as a property name
        Assert.Contains(("2019-01-01", "number", 0), decoded);
        Assert.Contains(("P", "event", 1), decoded);
    }

    [Fact]
    public async Task Semantic_tokens_split_a_block_comment_per_line_and_count_positions_in_utf16()
    {
        var text = "/* 东城 😀\nsecond */ site 东城𠀀 {}\n";
        var uri = TestUris.Fresh();
        await _server.OpenAsync(uri, text);
        var tokens = await _server.RequestAsync("textDocument/semanticTokens/full", new { textDocument = new { uri } });
        var decoded = Decode(tokens.GetProperty("data").EnumerateArray().Select(e => e.GetInt32()).ToArray(), text);
        Assert.Equal(("/* 东城 😀", "comment", 0), decoded[0]);
        Assert.Equal(("second */", "comment", 0), decoded[1]);
        Assert.Contains(("东城𠀀", "struct", 1), decoded);
    }

    /// <summary>Turns LSP's relative encoding back into (text, type, modifiers), reading positions as UTF-16 against the text.</summary>
    private static List<(string Text, string Type, int Modifiers)> Decode(int[] data, string text)
    {
        var lines = text.Split('\n');
        var result = new List<(string, string, int)>();
        var line = 0;
        var character = 0;
        for (var i = 0; i < data.Length; i += 5)
        {
            line += data[i];
            character = data[i] == 0 ? character + data[i + 1] : data[i + 1];
            result.Add((lines[line].Substring(character, data[i + 2]), SemanticTokenLegend.Types[data[i + 3]], data[i + 4]));
        }

        return result;
    }

    [Fact]
    public async Task Folding_covers_blocks_lists_comments_and_imports()
    {
        var text = "import \"a.pilot\"\nimport \"b.pilot\"\n/* one\n   two */\n// three\n// four\npilot P {\n  site s {\n    level: county\n  }\n  wave w = [\n    s\n  ]\n}\n";
        var uri = TestUris.Fresh();
        await _server.OpenAsync(uri, text);
        var ranges = await _server.RequestAsync("textDocument/foldingRange", new { textDocument = new { uri } });
        var folds = ranges.EnumerateArray()
            .Select(r => (r.GetProperty("startLine").GetInt32(), r.GetProperty("endLine").GetInt32(), r.TryGetProperty("kind", out var k) ? k.GetString() : null))
            .ToList();
        Assert.Contains((0, 1, "imports"), folds);
        Assert.Contains((2, 3, "comment"), folds);
        Assert.Contains((4, 5, "comment"), folds);
        Assert.Contains((6, 12, null), folds);  // pilot body, closing brace visible
        Assert.Contains((7, 8, null), folds);   // site body
        Assert.Contains((10, 11, null), folds); // the list
    }

    [Fact]
    public async Task Formatting_returns_the_edits_of_pilotc_format()
    {
        var text = "pilot P {\n  owner :\"o\"\n      site s { level:county }\n}\n";
        var uri = TestUris.Fresh();
        await _server.OpenAsync(uri, text);

        var edits = await _server.RequestAsync("textDocument/formatting", new { textDocument = new { uri }, options = new { tabSize = 4, insertSpaces = true } });

        var formatted = PilotSpec.CodeAnalysis.Formatting.SpecFormatter.Format(text).Text;
        Assert.NotEqual(text, formatted);
        Assert.Equal(formatted, Apply(text, edits));
    }

    [Fact]
    public async Task Formatting_leaves_a_document_with_syntax_errors_alone()
    {
        var uri = TestUris.Fresh();
        await _server.OpenAsync(uri, "pilot P {\n  owner: \n");

        var edits = await _server.RequestAsync("textDocument/formatting", new { textDocument = new { uri }, options = new { tabSize = 4, insertSpaces = true } });

        Assert.Empty(edits.EnumerateArray());
    }

    // Applies LSP edits (UTF-16 line/character positions) to a text, last edit first.
    private static string Apply(string text, JsonElement edits)
    {
        var lineStarts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                lineStarts.Add(i + 1);
            }
        }

        int Offset(JsonElement position) => lineStarts[position.GetProperty("line").GetInt32()] + position.GetProperty("character").GetInt32();
        var ordered = edits.EnumerateArray()
            .Select(e => (Start: Offset(e.GetProperty("range").GetProperty("start")), End: Offset(e.GetProperty("range").GetProperty("end")), Text: e.GetProperty("newText").GetString()!))
            .OrderByDescending(e => e.Start);
        foreach (var edit in ordered)
        {
            text = text.Substring(0, edit.Start) + edit.Text + text.Substring(edit.End);
        }

        return text;
    }
}
