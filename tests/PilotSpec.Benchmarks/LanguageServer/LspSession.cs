using System;
using System.Collections.Concurrent;
using System.IO;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Nerdbank.Streams;
using PilotSpec.LanguageServer.Protocol;
using PilotSpec.LanguageServer.Server;
using StreamJsonRpc;

namespace PilotSpec.Benchmarks.LanguageServer;

/// <summary>
/// The real language server and a JSON-RPC client in one process, joined by an in-memory
/// duplex stream with LSP framing: a measured request pays for serialization, framing,
/// dispatch, the ordered context and the feature itself, as an editor's request does. Only
/// the pipe is not a process boundary.
/// </summary>
public sealed class LspSession : IAsyncDisposable
{
    private readonly ConcurrentDictionary<int, TaskCompletionSource> _diagnosticsByVersion = new();
    private readonly Stream _clientStream;
    private readonly Task<int> _serverRun;

    private LspSession(Stream clientStream, Task<int> serverRun, JsonRpc client)
    {
        _clientStream = clientStream;
        _serverRun = serverRun;
        Client = client;
    }

    public JsonRpc Client { get; }

    /// <summary>Starts the server with its production options (diagnostics wait 150 ms for typing to pause) and initializes it.</summary>
    public static async Task<LspSession> StartAsync(LanguageServerOptions? options = null)
    {
        var (clientStream, serverStream) = FullDuplexStream.CreatePair();
        var serverRun = Task.Run(() => LanguageServerHost.RunAsync(serverStream, serverStream, options ?? new LanguageServerOptions()));

        var formatter = new SystemTextJsonFormatter();
        LspSerializer.Configure(formatter.JsonSerializerOptions);
        var client = new JsonRpc(new HeaderDelimitedMessageHandler(clientStream, clientStream, formatter));
        var session = new LspSession(clientStream, serverRun, client);
        client.AddLocalRpcTarget(new ClientTarget(session));
        client.StartListening();

        await session.RequestAsync("initialize", new
        {
            processId = Environment.ProcessId,
            rootUri = (string?)null,
            locale = "en",
            capabilities = new
            {
                textDocument = new
                {
                    completion = new { completionItem = new { snippetSupport = true } },
                    hover = new { contentFormat = new[] { "markdown", "plaintext" } },
                },
            },
        });
        await client.NotifyWithParameterObjectAsync("initialized", new { });
        return session;
    }

    public Task<JsonElement> RequestAsync(string method, object parameters) =>
        Client.InvokeWithParameterObjectAsync<JsonElement>(method, parameters);

    /// <summary>Opens the document and waits until its diagnostics are published.</summary>
    public async Task OpenAsync(string uri, string text, int version)
    {
        var published = ExpectDiagnostics(version);
        await Client.NotifyWithParameterObjectAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "pilot", version, text } });
        await published;
    }

    /// <summary>Replaces one range; the returned task completes when the diagnostics of <paramref name="version"/> are published.</summary>
    public async Task<Task> ChangeAsync(string uri, int version, int line, int startCharacter, int endCharacter, string text)
    {
        var published = ExpectDiagnostics(version);
        await Client.NotifyWithParameterObjectAsync("textDocument/didChange", new
        {
            textDocument = new { uri, version },
            contentChanges = new[]
            {
                new { range = new { start = new { line, character = startCharacter }, end = new { line, character = endCharacter } }, text },
            },
        });
        return published;
    }

    public static object At(string uri, int line, int character) =>
        new { textDocument = new { uri }, position = new { line, character } };

    private Task ExpectDiagnostics(int version) =>
        _diagnosticsByVersion.GetOrAdd(version, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    public async ValueTask DisposeAsync()
    {
        await RequestAsync("shutdown", new { });
        await Client.NotifyWithParameterObjectAsync("exit", new { });
        await _serverRun.WaitAsync(TimeSpan.FromSeconds(30));
        Client.Dispose();
        await _clientStream.DisposeAsync();
    }

    /// <summary>The client side of the server's pushes: only diagnostics matter here.</summary>
    private sealed class ClientTarget
    {
        private readonly LspSession _session;

        public ClientTarget(LspSession session) => _session = session;

        [JsonRpcMethod("textDocument/publishDiagnostics", UseSingleObjectParameterDeserialization = true)]
        public void PublishDiagnostics(JsonElement parameters)
        {
            if (parameters.TryGetProperty("version", out var version) && version.ValueKind == JsonValueKind.Number)
            {
                // A superseded version is never published; its waiter is simply dropped with it.
                _session._diagnosticsByVersion.GetOrAdd(version.GetInt32(), _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
                _session._diagnosticsByVersion.TryRemove(version.GetInt32(), out _);
            }
        }

        [JsonRpcMethod("window/logMessage", UseSingleObjectParameterDeserialization = true)]
        public void LogMessage(JsonElement parameters)
        {
        }
    }
}
