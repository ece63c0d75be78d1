using System.Collections.Concurrent;
using System.Text.Json;
using Nerdbank.Streams;
using PilotSpec.LanguageServer.Protocol;
using PilotSpec.LanguageServer.Server;
using StreamJsonRpc;

namespace PilotSpec.LanguageServer.Tests.Infrastructure;

/// <summary>
/// The server and a JSON-RPC client in one process, joined by an in-memory duplex stream
/// with real LSP framing: every test goes through serialization, framing and dispatch
/// exactly as an editor's messages do.
/// </summary>
public sealed class LspTestServer : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    private readonly ConcurrentQueue<PublishDiagnosticsParams> _published = new();
    private readonly SemaphoreSlim _publishedSignal = new(0);
    private readonly ConcurrentQueue<LogMessageParams> _logs = new();
    private readonly ConcurrentQueue<JsonElement> _raw = new();
    private readonly Stream _clientStream;

    private LspTestServer(Stream clientStream, Task<int> serverRun, JsonRpc client)
    {
        _clientStream = clientStream;
        ServerRun = serverRun;
        Client = client;
    }

    public JsonRpc Client { get; }

    /// <summary>The server's run: completes with its exit code.</summary>
    public Task<int> ServerRun { get; }

    public IReadOnlyCollection<LogMessageParams> Logs => _logs;

    public static LspTestServer Start(LanguageServerOptions? options = null)
    {
        var (clientStream, serverStream) = FullDuplexStream.CreatePair();
        var serverRun = Task.Run(() => LanguageServerHost.RunAsync(serverStream, serverStream, options ?? new LanguageServerOptions { DiagnosticsDelay = TimeSpan.FromMilliseconds(20) }));

        var formatter = new SystemTextJsonFormatter();
        LspSerializer.Configure(formatter.JsonSerializerOptions);
        var client = new JsonRpc(new HeaderDelimitedMessageHandler(clientStream, clientStream, formatter));
        var harness = new LspTestServer(clientStream, serverRun, client);
        client.AddLocalRpcTarget(new ClientTarget(harness));
        client.StartListening();
        return harness;
    }

    /// <summary>Started and initialized with a typical client's capabilities.</summary>
    public static async Task<LspTestServer> StartInitializedAsync(LanguageServerOptions? options = null, string[]? positionEncodings = null, string locale = "en")
    {
        var server = Start(options);
        await server.InitializeAsync(positionEncodings, locale);
        return server;
    }

    public async Task<JsonElement> InitializeAsync(string[]? positionEncodings = null, string locale = "en", bool snippets = true, object? initializationOptions = null)
    {
        var result = await RequestAsync("initialize", new
        {
            processId = Environment.ProcessId,
            rootUri = (string?)null,
            locale,
            initializationOptions,
            capabilities = new
            {
                general = positionEncodings is null ? null : new { positionEncodings },
                textDocument = new
                {
                    completion = new { completionItem = new { snippetSupport = snippets } },
                    hover = new { contentFormat = new[] { "markdown", "plaintext" } },
                    documentSymbol = new { hierarchicalDocumentSymbolSupport = true },
                },
            },
        });
        await NotifyAsync("initialized", new { });
        return result;
    }

    public async Task<JsonElement> RequestAsync(string method, object parameters, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        return await Client.InvokeWithParameterObjectAsync<JsonElement>(method, parameters, timeout.Token);
    }

    public Task NotifyAsync(string method, object parameters) => Client.NotifyWithParameterObjectAsync(method, parameters);

    public Task OpenAsync(string uri, string text, int version = 1) =>
        NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "pilot", version, text } });

    public Task ChangeAsync(string uri, int version, params object[] contentChanges) =>
        NotifyAsync("textDocument/didChange", new { textDocument = new { uri, version }, contentChanges });

    public Task CloseAsync(string uri) => NotifyAsync("textDocument/didClose", new { textDocument = new { uri } });

    public static object Edit(int startLine, int startCharacter, int endLine, int endCharacter, string text) =>
        new { range = new { start = new { line = startLine, character = startCharacter }, end = new { line = endLine, character = endCharacter } }, text };

    public static object Position(Markup markup) => new { line = markup.Position.Line, character = markup.Position.Character };

    public static object At(string uri, Markup markup) => new { textDocument = new { uri }, position = Position(markup) };

    /// <summary>Waits for a publication for <paramref name="uri"/> that satisfies <paramref name="accept"/> (the latest is checked first).</summary>
    public async Task<PublishDiagnosticsParams> WaitForDiagnosticsAsync(string uri, Func<PublishDiagnosticsParams, bool>? accept = null)
    {
        accept ??= _ => true;
        var deadline = DateTime.UtcNow + Timeout;
        while (DateTime.UtcNow < deadline)
        {
            var match = _published.Reverse().FirstOrDefault(p => p.Uri == uri && accept(p));
            if (match is not null)
            {
                return match;
            }

            await _publishedSignal.WaitAsync(TimeSpan.FromMilliseconds(100));
        }

        throw new TimeoutException($"No matching diagnostics were published for {uri}. Published: {string.Join("; ", _published.Select(p => $"{p.Uri} v{p.Version}: {string.Join(",", p.Diagnostics.Select(d => d.Code))}"))}");
    }

    public IReadOnlyList<PublishDiagnosticsParams> PublishedFor(string uri) => _published.Where(p => p.Uri == uri).ToList();

    public void ClearPublished() => _published.Clear();

    /// <summary>The publications as they came over the wire, to check field names and shapes.</summary>
    public IReadOnlyList<JsonElement> RawPublished => _raw.ToList();

    /// <summary>What the client side answers: the server's pushes are recorded for the tests.</summary>
    private sealed class ClientTarget
    {
        private readonly LspTestServer _harness;

        public ClientTarget(LspTestServer harness) => _harness = harness;

        [JsonRpcMethod("textDocument/publishDiagnostics", UseSingleObjectParameterDeserialization = true)]
        public void PublishDiagnostics(JsonElement parameters)
        {
            var options = new JsonSerializerOptions();
            LspSerializer.Configure(options);
            _harness._raw.Enqueue(parameters.Clone());
            _harness._published.Enqueue(parameters.Deserialize<PublishDiagnosticsParams>(options)!);
            _harness._publishedSignal.Release();
        }

        [JsonRpcMethod("window/logMessage", UseSingleObjectParameterDeserialization = true)]
        public void LogMessage(LogMessageParams parameters) => _harness._logs.Enqueue(parameters);
    }

    public async Task<int> ShutdownAndExitAsync()
    {
        await RequestAsync("shutdown", new { });
        await NotifyAsync("exit", new { });
        return await ServerRun.WaitAsync(Timeout);
    }

    /// <summary>
    /// Closes the client's end, which ends the server's run. A run that died of an exception,
    /// or that does not end, fails the test here: a server that crashed in the middle of a
    /// test must not pass because the test had already read what it wanted.
    /// </summary>
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _clientStream.DisposeAsync();
        try
        {
            await ServerRun.WaitAsync(Timeout);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"The server's run did not end within {Timeout.TotalSeconds} s of the client closing its stream.");
        }
        catch (Exception e)
        {
            Assert.Fail($"The server's run died: {e}");
        }
    }
}
