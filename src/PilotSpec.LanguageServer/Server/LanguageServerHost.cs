using Microsoft.VisualStudio.Threading;
using PilotSpec.LanguageServer.Protocol;
using PilotSpec.LanguageServer.Server.Wire;
using StreamJsonRpc;

namespace PilotSpec.LanguageServer.Server;

/// <summary>
/// Runs the server over a pair of streams with LSP framing (Content-Length headers, JSON
/// bodies) until the client sends exit or the connection ends. The exit code follows the
/// LSP rule: 0 after shutdown, 1 otherwise (a client that vanished, a stream that could
/// not be read, or one that can no longer be written).
/// </summary>
public static class LanguageServerHost
{
    public static async Task<int> RunAsync(Stream input, Stream output, LanguageServerOptions options)
    {
        var toClient = new ClientOutputStream(output);
        PilotLanguageServer? started = null;

        // Bad messages are logged through the server's log once it exists (stderr and the
        // client's output panel), through the log writer before that.
        void Warn(string message)
        {
            if (Volatile.Read(ref started) is { } running)
            {
                running.Log.Warning(message);
            }
            else
            {
                options.LogWriter?.WriteLine($"[pilotls warning] {message}");
            }
        }

        using var rpc = CreateConnection(ScreenedInput.Start(input, Warn).Stream, toClient);
        using var server = new PilotLanguageServer(new JsonRpcNotifier(rpc), options);
        Volatile.Write(ref started, server);
        Attach(rpc, server);
        rpc.StartListening();

        var finished = await Task.WhenAny(rpc.Completion, server.ExitRequested, toClient.Broken).ConfigureAwait(false);
        if (finished == toClient.Broken)
        {
            // The client closed its end of our output: nobody will read an answer again.
            options.LogWriter?.WriteLine($"[pilotls error] The client stopped reading: {toClient.Broken.Result.Message}");
            return 1;
        }

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

    public static void Attach(JsonRpc rpc, PilotLanguageServer server)
    {
        rpc.AddLocalRpcTarget(server, new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
        rpc.AddLocalRpcTarget(new RefusalTarget(), new JsonRpcTargetOptions { UseSingleObjectParameterDeserialization = true });
    }

    private sealed class JsonRpcNotifier : IClientNotifier
    {
        private readonly JsonRpc _rpc;

        public JsonRpcNotifier(JsonRpc rpc) => _rpc = rpc;

        public Task NotifyAsync(string method, object parameters) => _rpc.NotifyWithParameterObjectAsync(method, parameters);
    }
}
