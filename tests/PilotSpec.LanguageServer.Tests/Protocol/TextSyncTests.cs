using System.Text.Json;
using PilotSpec.LanguageServer.Tests.Infrastructure;

namespace PilotSpec.LanguageServer.Tests.Protocol;

public class TextSyncTests
{
    [Fact]
    public async Task Incremental_edits_are_applied_in_order_each_on_the_text_the_previous_one_made()
    {
        await using var server = await LspTestServer.StartInitializedAsync();
        var uri = TestUris.Fresh();
        await server.OpenAsync(uri, "site a {}\n");

        // Three notifications sent back to back, then one with two changes: each range is
        // only right if everything before it was applied first.
        await server.ChangeAsync(uri, 2, LspTestServer.Edit(0, 5, 0, 6, "alpha"));          // site alpha {}
        await server.ChangeAsync(uri, 3, LspTestServer.Edit(1, 0, 1, 0, "site beta {}\n")); // + line 2
        await server.ChangeAsync(uri, 4, LspTestServer.Edit(1, 5, 1, 9, "gamma"));          // site gamma {}
        await server.ChangeAsync(uri, 5, LspTestServer.Edit(0, 0, 0, 0, "wave w = [alpha]\n"), LspTestServer.Edit(1, 10, 1, 10, " \"A\""));

        var symbols = await server.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri } });
        var names = symbols.EnumerateArray().Select(s => s.GetProperty("name").GetString()).ToArray();
        Assert.Equal(new[] { "w", "alpha", "gamma" }, names);
        Assert.Equal("A", symbols[1].GetProperty("detail").GetString());

        var published = await server.WaitForDiagnosticsAsync(uri, p => p.Version == 5);
        Assert.Equal(5, published.Version);
    }

    [Fact]
    public async Task A_change_without_a_range_replaces_the_whole_text()
    {
        await using var server = await LspTestServer.StartInitializedAsync();
        var uri = TestUris.Fresh();
        await server.OpenAsync(uri, "site a {}");
        await server.ChangeAsync(uri, 2, new { text = "site replaced {}" });

        var symbols = await server.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri } });
        Assert.Equal("replaced", symbols[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Closing_a_document_clears_its_diagnostics_and_later_requests_on_it_fail()
    {
        await using var server = await LspTestServer.StartInitializedAsync();
        var uri = TestUris.Fresh();
        await server.OpenAsync(uri, "pilot { ");
        await server.WaitForDiagnosticsAsync(uri, p => p.Diagnostics.Length > 0);

        await server.CloseAsync(uri);
        await server.WaitForDiagnosticsAsync(uri, p => p.Diagnostics.Length == 0 && p.Version is null);
        await RpcAssert.FailsWith(PilotSpec.LanguageServer.Protocol.LspErrorCodes.InvalidParams, () => server.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri } }));
    }

    [Theory]
    [InlineData(0, 100, 7, 3)] // past the end of the line and of the text
    [InlineData(3, 0, 3, 0)] // a line that does not exist
    [InlineData(0, 8, 0, 5)] // reversed
    [InlineData(0, -1, 0, 2)] // negative
    public async Task A_change_with_a_reversed_or_out_of_range_range_is_refused_logged_and_the_document_kept(int startLine, int startCharacter, int endLine, int endCharacter)
    {
        await using var server = await LspTestServer.StartInitializedAsync();
        var uri = TestUris.Fresh();
        await server.OpenAsync(uri, "site a {}");
        await server.ChangeAsync(uri, 2, LspTestServer.Edit(startLine, startCharacter, endLine, endCharacter, "\nsite b {}"));

        var symbols = await server.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri } });
        Assert.Equal(new[] { "a" }, symbols.EnumerateArray().Select(s => s.GetProperty("name").GetString()));

        // The next change, on the text the server kept, still applies.
        await server.ChangeAsync(uri, 3, LspTestServer.Edit(0, 5, 0, 6, "c"));
        symbols = await server.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri } });
        Assert.Equal(new[] { "c" }, symbols.EnumerateArray().Select(s => s.GetProperty("name").GetString()));

        bool Refused() => server.Logs.Any(l => l.Type == PilotSpec.LanguageServer.Protocol.MessageType.Warning && l.Message.Contains("refused", StringComparison.Ordinal) && l.Message.Contains("reversed or outside the text", StringComparison.Ordinal));
        var deadline = DateTime.UtcNow + LspTestServer.Timeout;
        while (!Refused() && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.True(Refused());
    }

    [Fact]
    public async Task A_change_at_the_very_end_of_a_line_and_of_the_text_applies()
    {
        await using var server = await LspTestServer.StartInitializedAsync();
        var uri = TestUris.Fresh();
        await server.OpenAsync(uri, "site a {}\n");
        await server.ChangeAsync(uri, 2, LspTestServer.Edit(0, 9, 1, 0, "\nsite b {}\n"));

        var symbols = await server.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri } });
        Assert.Equal(new[] { "a", "b" }, symbols.EnumerateArray().Select(s => s.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task Versions_out_of_order_are_applied_in_arrival_order_and_logged()
    {
        await using var server = await LspTestServer.StartInitializedAsync();
        var uri = TestUris.Fresh();
        await server.OpenAsync(uri, "site a {}\n", version: 5);

        // Version 3 after 5, then 3 again: each edit still lands on the text the one before made.
        await server.ChangeAsync(uri, 3, LspTestServer.Edit(0, 5, 0, 6, "b"));
        await server.ChangeAsync(uri, 3, LspTestServer.Edit(1, 0, 1, 0, "site c {}\n"));

        var symbols = await server.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri } });
        Assert.Equal(new[] { "b", "c" }, symbols.EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        await server.WaitForDiagnosticsAsync(uri, p => p.Version == 3);

        // Log messages are notifications: they may be dispatched after the response above.
        int Warnings() => server.Logs.Count(l => l.Type == PilotSpec.LanguageServer.Protocol.MessageType.Warning && l.Message.Contains("does not follow version", StringComparison.Ordinal));
        var deadline = DateTime.UtcNow + LspTestServer.Timeout;
        while (Warnings() < 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(20);
        }

        Assert.Equal(2, Warnings());
    }
}
