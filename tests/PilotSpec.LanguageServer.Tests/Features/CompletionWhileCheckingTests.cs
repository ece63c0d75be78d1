using System.Text.Json;
using PilotSpec.LanguageServer.Server;
using PilotSpec.LanguageServer.Tests.Infrastructure;

namespace PilotSpec.LanguageServer.Tests.Features;

/// <summary>
/// Completion right after a keystroke does not wait for the new version to be bound: it
/// works on the new text and offers the names of the newest bound version. The server here
/// waits an hour before checking an edit, so the edited version is bound only if a request binds it.
/// </summary>
public class CompletionWhileCheckingTests : IAsyncLifetime
{
    private static readonly string[] SmallLines = Specs.Small.Split('\n');
    private static readonly int WaveLine = Array.FindIndex(SmallLines, l => l.Contains("wave first", StringComparison.Ordinal));
    private static readonly int InLine = Array.FindIndex(SmallLines, l => l.Contains("in: first", StringComparison.Ordinal));

    private LspTestServer _server = null!;

    public async Task InitializeAsync() =>
        _server = await LspTestServer.StartInitializedAsync(new LanguageServerOptions { DiagnosticsDelay = TimeSpan.FromHours(1) });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    /// <summary>Opens the small spec (checked at once), then adds a site `north` above the waves: version 2, not checked.</summary>
    private async Task<string> OpenThenAddSiteAsync()
    {
        var uri = TestUris.Fresh();
        await _server.OpenAsync(uri, Specs.Small);
        await _server.WaitForDiagnosticsAsync(uri, p => p.Version == 1);
        await _server.ChangeAsync(uri, 2, LspTestServer.Edit(WaveLine, 0, WaveLine, 0, "    site north \"North district\" { level: county }\n"));
        return uri;
    }

    /// <summary>Completion at the end of `first` in `in: first`, one line lower after the insertion.</summary>
    private Task<JsonElement> CompleteInPhaseAsync(string uri)
    {
        var line = SmallLines[InLine];
        var end = line.IndexOf("first", StringComparison.Ordinal) + "first".Length;
        return _server.RequestAsync("textDocument/completion", new { textDocument = new { uri }, position = new { line = InLine + 1, character = end } });
    }

    private static string[] Labels(JsonElement list) =>
        list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("label").GetString()!).ToArray();

    [Fact]
    public async Task Right_after_an_edit_it_edits_the_new_text_with_the_names_of_the_last_bound_version()
    {
        var uri = await OpenThenAddSiteAsync();

        var list = await CompleteInPhaseAsync(uri);

        var labels = Labels(list);
        Assert.Contains("east", labels);
        Assert.Contains("second", labels);
        Assert.DoesNotContain("north", labels); // version 2 was not bound for this answer
        Assert.All(_server.PublishedFor(uri), p => Assert.Equal(1, p.Version));

        // The replaced word is where version 2 has it: one line below where version 1 had it.
        var range = list.GetProperty("items").EnumerateArray().First(i => i.GetProperty("label").GetString() == "east").GetProperty("textEdit").GetProperty("range");
        Assert.Equal(InLine + 1, range.GetProperty("start").GetProperty("line").GetInt32());
        Assert.Equal(SmallLines[InLine].IndexOf("first", StringComparison.Ordinal), range.GetProperty("start").GetProperty("character").GetInt32());
    }

    [Fact]
    public async Task Items_of_an_earlier_version_leave_their_documentation_to_resolve_which_reads_the_new_version()
    {
        var uri = await OpenThenAddSiteAsync();

        var east = (await CompleteInPhaseAsync(uri)).GetProperty("items").EnumerateArray().First(i => i.GetProperty("label").GetString() == "east");

        Assert.False(east.TryGetProperty("documentation", out _)); // version 1's analysis is not kept to describe it
        Assert.True(east.TryGetProperty("data", out _));
        var resolved = await _server.RequestAsync("completionItem/resolve", east);
        Assert.Contains("east", resolved.GetProperty("documentation").GetProperty("value").GetString());
    }

    [Fact]
    public async Task Items_of_the_bound_version_are_documented_in_place()
    {
        var uri = TestUris.Fresh();
        await _server.OpenAsync(uri, Specs.Small);
        await _server.WaitForDiagnosticsAsync(uri, p => p.Version == 1);
        var line = SmallLines[InLine];

        var list = await _server.RequestAsync("textDocument/completion", new { textDocument = new { uri }, position = new { line = InLine, character = line.IndexOf("first", StringComparison.Ordinal) + "first".Length } });

        var east = list.GetProperty("items").EnumerateArray().First(i => i.GetProperty("label").GetString() == "east");
        Assert.Contains("east", east.GetProperty("documentation").GetProperty("value").GetString());
        Assert.False(east.TryGetProperty("data", out _));
    }

    [Fact]
    public async Task Once_a_request_bound_the_new_version_it_offers_its_names()
    {
        var uri = await OpenThenAddSiteAsync();
        await _server.RequestAsync("textDocument/hover", new { textDocument = new { uri }, position = new { line = InLine + 1, character = SmallLines[InLine].IndexOf("first", StringComparison.Ordinal) + 1 } });

        var labels = Labels(await CompleteInPhaseAsync(uri));

        Assert.Contains("north", labels);
        Assert.Contains("east", labels);
    }
}
