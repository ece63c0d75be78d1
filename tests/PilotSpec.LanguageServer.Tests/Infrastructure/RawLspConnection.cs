using System.Text;
using System.Text.Json;

namespace PilotSpec.LanguageServer.Tests.Infrastructure;

/// <summary>
/// LSP framing by hand (Content-Length header, JSON body), independent of StreamJsonRpc: to
/// see exactly what the server writes, and to send what a well-behaved client never would.
/// </summary>
public sealed class RawLspConnection
{
    private readonly Stream _input;
    private readonly Stream _output;
    private int _nextId;

    public RawLspConnection(Stream fromServer, Stream toServer)
    {
        _input = fromServer;
        _output = toServer;
    }

    public async Task<int> RequestAsync(string method, object parameters)
    {
        var id = Interlocked.Increment(ref _nextId);
        await WriteAsync(new { jsonrpc = "2.0", id, method, @params = parameters });
        return id;
    }

    public Task NotifyAsync(string method, object parameters) => WriteAsync(new { jsonrpc = "2.0", method, @params = parameters });

    public Task WriteAsync(object message) => WriteBytesAsync(Frame(JsonSerializer.SerializeToUtf8Bytes(message)));

    public static byte[] Frame(byte[] body) => Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n").Concat(body).ToArray();

    public async Task WriteBytesAsync(byte[] bytes)
    {
        await _output.WriteAsync(bytes);
        await _output.FlushAsync();
    }

    /// <summary>The next message, or null when the stream ended.</summary>
    public async Task<JsonElement?> ReadAsync(CancellationToken cancellationToken)
    {
        var length = -1;
        while (true)
        {
            var line = await ReadLineAsync(cancellationToken);
            if (line is null)
            {
                return null;
            }

            if (line.Length == 0)
            {
                break;
            }

            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                length = int.Parse(line.Substring("Content-Length:".Length).Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        var body = new byte[length];
        var read = 0;
        while (read < length)
        {
            var n = await _input.ReadAsync(body.AsMemory(read), cancellationToken);
            if (n == 0)
            {
                return null;
            }

            read += n;
        }

        return JsonDocument.Parse(body).RootElement.Clone();
    }

    /// <summary>Reads messages until one satisfies <paramref name="accept"/> (server requests and notifications in between are skipped).</summary>
    public async Task<JsonElement> ReadUntilAsync(Func<JsonElement, bool> accept, TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        while (true)
        {
            var message = await ReadAsync(cancellation.Token) ?? throw new EndOfStreamException("The server closed the connection.");
            if (accept(message))
            {
                return message;
            }
        }
    }

    public Task<JsonElement> ReadResponseAsync(int id, TimeSpan timeout) =>
        ReadUntilAsync(m => m.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.Number && i.GetInt32() == id, timeout);

    private async Task<string?> ReadLineAsync(CancellationToken cancellationToken)
    {
        var bytes = new List<byte>();
        var one = new byte[1];
        while (true)
        {
            var n = await _input.ReadAsync(one, cancellationToken);
            if (n == 0)
            {
                return null;
            }

            if (one[0] == '\n')
            {
                return Encoding.ASCII.GetString(bytes.ToArray()).TrimEnd('\r');
            }

            bytes.Add(one[0]);
        }
    }
}
