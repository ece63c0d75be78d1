using System.Text.Json;
using PilotSpec.LanguageServer.Protocol;
using PilotSpec.LanguageServer.Server;
using PilotSpec.LanguageServer.Tests.Infrastructure;
using StreamJsonRpc;

namespace PilotSpec.LanguageServer.Tests.Protocol;

/// <summary>Cancellation, stale results and concurrent reads, made deterministic by holding requests at the server's test hook.</summary>
public class ConcurrencyTests
{
    private sealed class Gate
    {
        private readonly Dictionary<string, (TaskCompletionSource Entered, TaskCompletionSource Release)> _held = new();

        public Gate(params string[] methods)
        {
            foreach (var method in methods)
            {
                _held[method] = (new(TaskCreationOptions.RunContinuationsAsynchronously), new(TaskCreationOptions.RunContinuationsAsynchronously));
            }
        }

        public LanguageServerOptions Options => new() { DiagnosticsDelay = TimeSpan.FromMilliseconds(20), BeforeRequest = HoldAsync };

        public Task Entered(string method) => _held[method].Entered.Task.WaitAsync(LspTestServer.Timeout);

        public void Release(string method) => _held[method].Release.TrySetResult();

        private async Task HoldAsync(string method, CancellationToken cancellationToken)
        {
            if (_held.TryGetValue(method, out var gate))
            {
                gate.Entered.TrySetResult();
                await gate.Release.Task.WaitAsync(cancellationToken);
            }
        }
    }

    [Fact]
    public async Task A_cancelled_request_is_answered_with_RequestCancelled_and_the_server_keeps_serving()
    {
        var gate = new Gate("textDocument/hover");
        await using var server = await LspTestServer.StartInitializedAsync(gate.Options);
        var uri = TestUris.Fresh();
        await server.OpenAsync(uri, Specs.Small);

        using var cancellation = new CancellationTokenSource();
        var hover = server.Client.InvokeWithParameterObjectAsync<JsonElement>("textDocument/hover", LspTestServer.At(uri, Markup.At(Specs.Small, "east")), cancellation.Token);
        await gate.Entered("textDocument/hover");
        cancellation.Cancel();

        // The client only completes the call when the server answers it (the hold never ends by itself).
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => hover.WaitAsync(LspTestServer.Timeout));
        var symbols = await server.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri } });
        Assert.Equal("Reform", symbols[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task On_the_wire_the_cancelled_answer_carries_code_minus_32800()
    {
        var gate = new Gate("textDocument/hover");
        var (clientStream, serverStream) = Nerdbank.Streams.FullDuplexStream.CreatePair();
        var run = Task.Run(() => LanguageServerHost.RunAsync(serverStream, serverStream, gate.Options));
        var connection = new RawLspConnection(clientStream, clientStream);

        var init = await connection.RequestAsync("initialize", new { capabilities = new { } });
        await connection.ReadResponseAsync(init, LspTestServer.Timeout);
        var uri = TestUris.Fresh();
        await connection.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "pilot", version = 1, text = "site a {}" } });
        var hover = await connection.RequestAsync("textDocument/hover", new { textDocument = new { uri }, position = new { line = 0, character = 5 } });
        await gate.Entered("textDocument/hover");
        await connection.NotifyAsync("$/cancelRequest", new { id = hover });

        var response = await connection.ReadResponseAsync(hover, LspTestServer.Timeout);
        Assert.Equal(LspErrorCodes.RequestCancelled, response.GetProperty("error").GetProperty("code").GetInt32());
        await clientStream.DisposeAsync();
        await run.WaitAsync(LspTestServer.Timeout);
    }

    [Fact]
    public async Task A_result_computed_on_text_that_changed_meanwhile_is_ContentModified()
    {
        var gate = new Gate("textDocument/semanticTokens/full");
        await using var server = await LspTestServer.StartInitializedAsync(gate.Options);
        var uri = TestUris.Fresh();
        await server.OpenAsync(uri, "site a {}\n");

        var tokens = server.RequestAsync("textDocument/semanticTokens/full", new { textDocument = new { uri } });
        await gate.Entered("textDocument/semanticTokens/full");
        await server.ChangeAsync(uri, 2, LspTestServer.Edit(0, 0, 0, 0, "site b {}\n"));
        await server.WaitForDiagnosticsAsync(uri, p => p.Version == 2); // the edit has been applied
        gate.Release("textDocument/semanticTokens/full");

        await RpcAssert.FailsWith(LspErrorCodes.ContentModified, () => tokens);
    }

    [Fact]
    public async Task Reads_run_concurrently_and_edits_are_not_held_up_by_a_slow_read()
    {
        var gate = new Gate("textDocument/hover");
        await using var server = await LspTestServer.StartInitializedAsync(gate.Options);
        var uri = TestUris.Fresh();
        await server.OpenAsync(uri, "site a {}\n");

        var slow = server.RequestAsync("textDocument/hover", LspTestServer.At(uri, Markup.At("site a {}\n", "a")));
        await gate.Entered("textDocument/hover");

        // While the hover is held: an edit goes through and another read sees it.
        await server.ChangeAsync(uri, 2, LspTestServer.Edit(1, 0, 1, 0, "site b {}\n"));
        var symbols = await server.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri } });
        Assert.Equal(new[] { "a", "b" }, symbols.EnumerateArray().Select(s => s.GetProperty("name").GetString()));
        Assert.False(slow.IsCompleted);

        gate.Release("textDocument/hover");
        await RpcAssert.FailsWith(LspErrorCodes.ContentModified, () => slow); // it was computed on the old text
    }
}
