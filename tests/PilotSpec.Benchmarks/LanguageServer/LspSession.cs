using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.IO;
using System.Text.Json;
using System.Threading.Tasks;
using PilotSpec.LanguageServer.Protocol;
using StreamJsonRpc;

namespace PilotSpec.Benchmarks.LanguageServer;

/// <summary>
/// The real pilotls process, started as an editor starts it (stdio, the log on stderr), and a
/// JSON-RPC client with LSP framing: a measured request pays for the pipes, serialization,
/// dispatch, the ordered context and the feature itself, and the server runs with its own
/// runtime settings (its garbage collector above all), so its memory is its own too.
/// </summary>
public sealed class LspSession : IAsyncDisposable
{
    private readonly ConcurrentDictionary<int, TaskCompletionSource> _diagnosticsByVersion = new();
    private readonly Process _server;

    private LspSession(Process server, JsonRpc client)
    {
        _server = server;
        Client = client;
    }

    public JsonRpc Client { get; }

    /// <summary>The server's process: its resident and peak memory are what an editor's machine pays.</summary>
    public Process Server => _server;

    /// <summary>
    /// Starts pilotls (the build copies it next to the benchmarks) and initializes it, with its
    /// production options unless <paramref name="diagnosticsDelayMs"/> sets the typing pause.
    /// </summary>
    public static async Task<LspSession> StartAsync(int? diagnosticsDelayMs = null)
    {
        var server = StartServer();
        var formatter = new SystemTextJsonFormatter();
        LspSerializer.Configure(formatter.JsonSerializerOptions);
        var client = new JsonRpc(new HeaderDelimitedMessageHandler(server.StandardInput.BaseStream, server.StandardOutput.BaseStream, formatter));
        var session = new LspSession(server, client);
        client.AddLocalRpcTarget(new ClientTarget(session));
        client.StartListening();

        await session.RequestAsync("initialize", new
        {
            processId = Environment.ProcessId,
            rootUri = (string?)null,
            locale = "en",
            initializationOptions = diagnosticsDelayMs is { } delay ? new { diagnosticsDelay = delay } : null,
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

    private static Process StartServer()
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "pilotls.dll");
        if (!File.Exists(dll))
        {
            throw new FileNotFoundException("pilotls.dll is not next to the benchmarks: build tests/PilotSpec.Benchmarks.", dll);
        }

        var start = new ProcessStartInfo(DotnetHost)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(dll);
        start.ArgumentList.Add("--stdio");
        var server = Process.Start(start) ?? throw new InvalidOperationException("pilotls did not start.");
        server.ErrorDataReceived += (_, _) => { }; // the log is drained, not measured
        server.BeginErrorReadLine();
        return server;
    }

    // The muxer that runs this process when it is `dotnet`, else the one on the PATH.
    private static string DotnetHost =>
        Environment.ProcessPath is { } self && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";

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
        try
        {
            await _server.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (TimeoutException)
        {
            _server.Kill(entireProcessTree: true);
        }

        Client.Dispose();
        _server.Dispose();
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
