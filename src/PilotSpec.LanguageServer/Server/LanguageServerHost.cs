using Microsoft.VisualStudio.Threading;
using PilotSpec.LanguageServer.Protocol;
using StreamJsonRpc;

namespace PilotSpec.LanguageServer.Server;

/// <summary>
/// Runs the server over a pair of streams with LSP framing (Content-Length headers, JSON
/// bodies) until the client sends exit or the connection ends. The exit code follows the
/// LSP rule: 0 after shutdown, 1 otherwise (a client that vanished, or a stream that could
/// not be read).
/// </summary>
public static class LanguageServerHost
{
    public static async Task<int> RunAsync(Stream input, Stream output, LanguageServerOptions options)
    {
        using var rpc = CreateConnection(input, output);
        using var server = new PilotLanguageServer(new JsonRpcNotifier(rpc), options);
        Attach(rpc, server);
        rpc.StartListening();

        var finished = await Task.WhenAny(rpc.Completion, server.ExitRequested).ConfigureAwait(false);
        if (finished == rpc.Completion)
        {
            try
            {
                await rpc.Completion.ConfigureAwait(false);
            }
            catch (Exception e)
            {
                // A broken frame or body ends the connection: say why, then stop cleanly.
                options.LogWriter?.WriteLine($"[pilotls error] The connection failed: {e.Message}");
                return 1;
            }
        }

        return server.ShutdownRequested ? 0 : 1;
    }

    public static JsonRpc CreateConnection(Stream input, Stream output)
    {
        var formatter = new SystemTextJsonFormatter();
        LspSerializer.Configure(formatter.JsonSerializerOptions);
        var handler = new HeaderDelimitedMessageHandler(output, input, formatter);
        return new JsonRpc(handler)
        {
            // Messages are invoked one at a time in arrival order; see PilotLanguageServer.
            SynchronizationContext = new NonConcurrentSynchronizationContext(sticky: false),
        };
    }

    public static void Attach(JsonRpc rpc, PilotLanguageServer server) =>
        rpc.AddLocalRpcTarget(server, new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });

    private sealed class JsonRpcNotifier : IClientNotifier
    {
        private readonly JsonRpc _rpc;

        public JsonRpcNotifier(JsonRpc rpc) => _rpc = rpc;

        public Task NotifyAsync(string method, object parameters) => _rpc.NotifyWithParameterObjectAsync(method, parameters);
    }
}
