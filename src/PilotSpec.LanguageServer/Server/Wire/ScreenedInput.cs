using System.IO.Pipelines;
using System.Text;
using System.Text.Json;

namespace PilotSpec.LanguageServer.Server.Wire;

/// <summary>
/// Stands between the client's raw input and the JSON-RPC layer, which ends the connection on
/// the first frame or body it cannot take: frames are read forgivingly (<see cref="FrameReader"/>),
/// each message is screened (<see cref="MessageScreen"/>), and only well-formed messages reach
/// the JSON-RPC layer, framed anew. A message that must be refused reaches it as a request of
/// <see cref="RefuseMethod"/> under the refused id, so the error answer goes out through the
/// same writer as every other answer and cannot land inside one. Only the end of the input ends
/// <see cref="Stream"/>.
/// </summary>
public sealed class ScreenedInput
{
    /// <summary>The method that answers a refused message's id with its error (<see cref="RefusalTarget"/>).</summary>
    public const string RefuseMethod = "$/pilotls/refuse";

    private readonly Pipe _pipe = new();

    private ScreenedInput(Stream input, Action<string> warn)
    {
        Stream = _pipe.Reader.AsStream();
        _ = PumpAsync(input, warn);
    }

    /// <summary>What the JSON-RPC layer reads: screened messages only.</summary>
    public Stream Stream { get; }

    public static ScreenedInput Start(Stream input, Action<string> warn) => new(input, warn);

    private async Task PumpAsync(Stream input, Action<string> warn)
    {
        try
        {
            var reader = new FrameReader(input, warn);
            while (await reader.ReadAsync(CancellationToken.None).ConfigureAwait(false) is { } frame)
            {
                foreach (var outcome in MessageScreen.Screen(frame, warn))
                {
                    switch (outcome)
                    {
                        case Screened.Forward forward:
                            await WriteFrameAsync(forward.Body).ConfigureAwait(false);
                            break;
                        case Screened.Refuse refuse:
                            warn($"Refused the message with id {refuse.Id}: {refuse.Message}");
                            await WriteFrameAsync(RefusalRequest(refuse)).ConfigureAwait(false);
                            break;
                        case Screened.Drop drop:
                            warn(drop.Why);
                            break;
                    }
                }
            }

            await _pipe.Writer.CompleteAsync().ConfigureAwait(false);
        }
        catch (Exception e)
        {
            // The input itself failed (not a message in it): the connection ends with the reason.
            await _pipe.Writer.CompleteAsync(e).ConfigureAwait(false);
        }
    }

    private async Task WriteFrameAsync(byte[] body)
    {
        var header = Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n");
        await _pipe.Writer.WriteAsync(header).ConfigureAwait(false);
        await _pipe.Writer.WriteAsync(body).ConfigureAwait(false);
    }

    private static byte[] RefusalRequest(Screened.Refuse refuse)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("jsonrpc", "2.0");
            refuse.Id.WriteTo(writer, "id");
            writer.WriteString("method", RefuseMethod);
            writer.WriteStartObject("params");
            writer.WriteNumber("code", refuse.Code);
            writer.WriteString("message", refuse.Message);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return buffer.ToArray();
    }
}
