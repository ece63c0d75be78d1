using PilotSpec.LanguageServer.Protocol;

namespace PilotSpec.LanguageServer.Server;

/// <summary>
/// The server's log: to the client as window/logMessage (editors show it in their output
/// panel) and, when given, to a writer (stderr for the real executable). Logging never
/// throws: a failing log must not fail the request it reports on.
/// </summary>
public sealed class ServerLog
{
    private readonly TextWriter? _writer;
    private readonly object _writerGate = new();
    private IClientNotifier? _client;

    public ServerLog(TextWriter? writer) => _writer = writer;

    public void AttachClient(IClientNotifier client) => _client = client;

    public void Error(string message) => Write(MessageType.Error, message);

    public void Warning(string message) => Write(MessageType.Warning, message);

    public void Info(string message) => Write(MessageType.Info, message);

    public void Write(MessageType type, string message)
    {
        if (_writer is not null)
        {
            lock (_writerGate)
            {
                try
                {
                    _writer.WriteLine($"[pilotls {type.ToString().ToLowerInvariant()}] {message}");
                    _writer.Flush();
                }
                catch (Exception e) when (e is IOException or ObjectDisposedException)
                {
                }
            }
        }

        if (_client is { } client)
        {
            _ = SendAsync(client, type, message);
        }
    }

    private static async Task SendAsync(IClientNotifier client, MessageType type, string message)
    {
        try
        {
            await client.NotifyAsync("window/logMessage", new LogMessageParams(type, message)).ConfigureAwait(false);
        }
        catch (Exception)
        {
            // The connection is gone; nothing else to tell.
        }
    }
}
