using System.Text;
using System.Text.Json;
using PilotSpec.LanguageServer.Tests.Infrastructure;

namespace PilotSpec.LanguageServer.Tests.EndToEnd;

/// <summary>
/// Every malformed frame a client or a proxy can send, to the real pilotls over pipes: each is
/// answered with a JSON-RPC error where its id is known and logged otherwise, and the request
/// sent after it is answered. Only the end of the input ends the server.
/// </summary>
public class MalformedFrameTests
{
    private const int ProbeId = 100;
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    // name → (bytes on the wire, the id answered with an error and its code, or null: logged only).
    public static TheoryData<string> Cases => new(Frames.Keys);

    private static readonly Dictionary<string, (byte[] Wire, int? ErrorId, int? Code, int? ResultId)> Frames = new()
    {
        ["body not JSON"] = (Framed("{not json!!}"), null, null, null),
        ["response to an id never sent"] = (Framed("""{"jsonrpc":"2.0","id":999,"result":null}"""), null, null, null),
        ["float id"] = (Framed(Request("1.5")), null, null, null),
        ["object id"] = (Framed(Request("""{"a":1}""")), null, null, null),
        ["id out of 64-bit range"] = (Framed(Request("99999999999999999999")), null, null, null),
        ["batch"] = (Framed("[" + Request("41") + "]"), 41, -32600, null),
        ["null body"] = (Framed("null"), null, null, null),
        ["number body"] = (Framed("42"), null, null, null),
        ["nesting deeper than 64"] = (Framed("""{"jsonrpc":"2.0","id":42,"method":"workspace/symbol","params":{"query":"","x":""" + new string('[', 70) + new string(']', 70) + "}}"), 42, -32700, null),
        ["invalid UTF-8"] = (Frame([.. Encoding.UTF8.GetBytes("""{"jsonrpc":"2.0","id":43,"method":"workspace/symbol","params":{"query":" """), 0xFF, 0xFE, .. Encoding.UTF8.GetBytes("\"}}")]), 43, -32700, null),
        ["byte order mark"] = (Frame([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Request("44"))]), null, null, 44),
        ["trailing text"] = (Framed(Request("45") + " and then some"), 45, -32700, null),
        ["Content-Length: 0"] = (Encoding.ASCII.GetBytes("Content-Length: 0\r\n\r\n"), null, null, null),
        ["lowercase header name"] = ([.. Encoding.ASCII.GetBytes($"content-length: {Encoding.UTF8.GetByteCount(Request("46"))}\r\n\r\n"), .. Encoding.UTF8.GetBytes(Request("46"))], null, null, 46),
        ["charset other than UTF-8"] = ([.. Encoding.ASCII.GetBytes($"Content-Length: {Encoding.UTF8.GetByteCount(Request("47"))}\r\nContent-Type: application/vscode-jsonrpc; charset=latin1\r\n\r\n"), .. Encoding.UTF8.GetBytes(Request("47"))], 47, -32600, null),
        ["Content-Length not a number"] = (Encoding.ASCII.GetBytes("Content-Length: banana\r\n\r\n{}"), null, null, null),
        ["empty header block (found by the byte fuzzer)"] = (Encoding.ASCII.GetBytes("\r\n\r\n"), null, null, null),
        ["no header at all"] = (Encoding.ASCII.GetBytes("no header at all\r\n\r\n"), null, null, null),
        ["method not a string"] = (Framed("""{"jsonrpc":"2.0","id":48,"method":7}"""), 48, -32600, null),
        ["params a string"] = (Framed("""{"jsonrpc":"2.0","id":49,"method":"workspace/symbol","params":"x"}"""), 49, -32600, null),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_malformed_frame_is_answered_or_logged_and_the_next_request_is_answered(string name)
    {
        var (wire, errorId, code, resultId) = Frames[name];
        using var server = ServerProcess.Start();
        var id = await server.Connection.RequestAsync("initialize", new { processId = Environment.ProcessId, rootUri = (string?)null, capabilities = new { } });
        await server.Connection.ReadResponseAsync(id, Timeout);

        await server.Connection.WriteBytesAsync(wire);
        await server.Connection.WriteAsync(new { jsonrpc = "2.0", id = ProbeId, method = "workspace/symbol", @params = new { query = "" } });

        // Requests may be answered in any order: read until the probe's answer and, when one
        // is expected, the malformed message's answer have both come.
        var before = new List<JsonElement>();
        var probed = false;
        var expected = errorId ?? resultId;
        using (var cancellation = new CancellationTokenSource(Timeout))
        {
            while (!probed || (expected is not null && !before.Any(m => IdOf(m) == expected)))
            {
                var message = await server.Connection.ReadAsync(cancellation.Token);
                Assert.True(message is not null, $"{name}: the server ended. Its log:\n{server.StandardError}");
                if (IdOf(message!.Value) == ProbeId)
                {
                    Assert.True(message.Value.TryGetProperty("result", out _), $"{name}: the probe was not answered with a result: {message}");
                    probed = true;
                    continue;
                }

                before.Add(message.Value);
            }
        }

        var responses = before.Where(m => !m.TryGetProperty("method", out _)).ToList();
        if (errorId is { } refused)
        {
            var error = Assert.Single(responses);
            Assert.Equal(refused, IdOf(error));
            Assert.Equal(code, error.GetProperty("error").GetProperty("code").GetInt32());
        }
        else if (resultId is { } answered)
        {
            var result = Assert.Single(responses);
            Assert.Equal(answered, IdOf(result));
            Assert.True(result.TryGetProperty("result", out _));
        }
        else
        {
            Assert.Empty(responses);
            Assert.Contains("[pilotls warning]", server.StandardError, StringComparison.Ordinal);
        }

        Assert.False(server.HasExited);
        server.CloseInput();
        Assert.Equal(1, await server.WaitForExitAsync(Timeout));
        Assert.DoesNotContain("Unhandled exception", server.StandardError, StringComparison.Ordinal);
    }

    private static string Request(string id) => "{\"jsonrpc\":\"2.0\",\"id\":" + id + ",\"method\":\"workspace/symbol\",\"params\":{\"query\":\"\"}}";

    private static byte[] Framed(string body) => Frame(Encoding.UTF8.GetBytes(body));

    private static byte[] Frame(byte[] body) => RawLspConnection.Frame(body);

    private static long? IdOf(JsonElement message) =>
        message.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.Number && id.TryGetInt64(out var n) ? n : null;
}
