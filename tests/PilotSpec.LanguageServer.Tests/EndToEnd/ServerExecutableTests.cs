using System.Text;
using System.Text.Json;
using PilotSpec.LanguageServer.Tests.Infrastructure;

namespace PilotSpec.LanguageServer.Tests.EndToEnd;

/// <summary>The real executable over stdio, as an editor runs it.</summary>
public class ServerExecutableTests
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private static object InitializeParams => new { processId = Environment.ProcessId, rootUri = (string?)null, capabilities = new { } };

    [Fact]
    public async Task Initialize_open_and_diagnostics_then_shutdown_and_exit_with_code_0()
    {
        using var server = ServerProcess.Start("--stdio");
        var connection = server.Connection;

        var id = await connection.RequestAsync("initialize", InitializeParams);
        var initialized = await connection.ReadResponseAsync(id, Timeout);
        Assert.Equal(2, initialized.GetProperty("result").GetProperty("capabilities").GetProperty("textDocumentSync").GetProperty("change").GetInt32());
        await connection.NotifyAsync("initialized", new { });

        var uri = TestUris.Fresh("e2e");
        await connection.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "pilot", version = 3, text = "site 东城区 {}\nwave w = [东城, 东城区]\n" } });
        var published = await connection.ReadUntilAsync(m => m.TryGetProperty("method", out var method) && method.GetString() == "textDocument/publishDiagnostics", Timeout);
        var parameters = published.GetProperty("params");
        Assert.Equal(uri, parameters.GetProperty("uri").GetString());
        Assert.Equal(3, parameters.GetProperty("version").GetInt32());
        var diagnostic = parameters.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("code").GetString() is "PS0101" or "PS0102");
        Assert.Equal(1, diagnostic.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
        Assert.Equal(10, diagnostic.GetProperty("range").GetProperty("start").GetProperty("character").GetInt32());
        Assert.Equal("pilotspec", diagnostic.GetProperty("source").GetString());

        var shutdown = await connection.RequestAsync("shutdown", new { });
        await connection.ReadResponseAsync(shutdown, Timeout);
        await connection.NotifyAsync("exit", new { });
        Assert.Equal(0, await server.WaitForExitAsync(Timeout));
    }

    [Fact]
    public async Task Version_prints_the_servers_version_and_exits_with_code_0()
    {
        var start = new System.Diagnostics.ProcessStartInfo(ServerProcess.DotnetHost) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(ServerProcess.DllPath);
        start.ArgumentList.Add("--version");
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(0, process.ExitCode);
        Assert.Matches(@"^pilotls \d+\.\d+\.\d+\S*\n$", output.Replace("\r", string.Empty, StringComparison.Ordinal));
    }

    [Fact]
    public async Task When_the_client_goes_away_without_shutdown_the_server_exits_with_code_1()
    {
        using var server = ServerProcess.Start();
        var id = await server.Connection.RequestAsync("initialize", InitializeParams);
        await server.Connection.ReadResponseAsync(id, Timeout);
        server.CloseInput();
        Assert.Equal(1, await server.WaitForExitAsync(Timeout));
    }

    [Fact]
    public async Task When_the_client_stops_reading_the_server_exits_with_code_1_at_its_next_write()
    {
        using var server = ServerProcess.Start();
        var id = await server.Connection.RequestAsync("initialize", InitializeParams);
        await server.Connection.ReadResponseAsync(id, Timeout);

        // The client is gone but its end of stdin is still open: only a failing write tells.
        server.CloseOutput();
        await server.Connection.NotifyAsync("textDocument/didOpen", new { textDocument = new { uri = TestUris.Fresh("gone"), languageId = "pilot", version = 1, text = "pilot {" } });
        await server.Connection.RequestAsync("workspace/symbol", new { query = "" });

        Assert.Equal(1, await server.WaitForExitAsync(Timeout));
        Assert.DoesNotContain("Unhandled exception", server.StandardError, StringComparison.Ordinal);
    }

    // The wire's promise (docs/reliability.md, issue #20): only the end of the input stream ends
    // the server. After a malformed frame it logs, keeps serving, and answers the next request.

    [Theory]
    [InlineData("Content-Length: banana\r\n\r\n{}")]
    [InlineData("Content-Length: -5\r\n\r\n{}")]
    [InlineData("Content-Length: 99999999999999999999\r\n\r\n{}")]
    [InlineData("no header at all\r\n\r\n")]
    [InlineData("Content-Length: 5\r\n\r\n{abc}")]
    public async Task After_a_garbage_frame_the_server_still_answers(string garbage)
    {
        using var server = await StartInitializedAsync();

        await server.Connection.WriteBytesAsync(Encoding.ASCII.GetBytes(garbage));

        await AssertStillAnswersAsync(server, probeId: 40);
    }

    [Fact]
    public async Task After_a_content_length_smaller_than_the_body_the_server_still_answers()
    {
        using var server = await StartInitializedAsync();

        // The header claims fewer bytes than the body has: the rest is read as the next header.
        var body = JsonSerializer.SerializeToUtf8Bytes(new { jsonrpc = "2.0", id = 50, method = "workspace/symbol", @params = new { query = "" } });
        await server.Connection.WriteBytesAsync(Encoding.ASCII.GetBytes($"Content-Length: {body.Length - 10}\r\n\r\n").Concat(body).ToArray());

        await AssertStillAnswersAsync(server, probeId: 51);
    }

    [Fact]
    public async Task A_content_length_larger_than_the_body_waits_for_more_and_ends_cleanly_when_the_client_goes()
    {
        using var server = await StartInitializedAsync();

        // The header promises 100 bytes more than come: the server can only wait for them.
        var body = JsonSerializer.SerializeToUtf8Bytes(new { jsonrpc = "2.0", id = 60, method = "workspace/symbol", @params = new { query = "" } });
        await server.Connection.WriteBytesAsync(Encoding.ASCII.GetBytes($"Content-Length: {body.Length + 100}\r\n\r\n").Concat(body).ToArray());
        Assert.Null(await server.WaitForExitAsync(TimeSpan.FromSeconds(1)));

        server.CloseInput();
        Assert.Equal(1, await server.WaitForExitAsync(Timeout));
        Assert.DoesNotContain("Unhandled exception", server.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_content_length_counted_in_characters_instead_of_utf8_bytes_the_server_still_answers()
    {
        using var server = await StartInitializedAsync();

        // 东城区 is 3 characters but 9 bytes: the header cuts the body inside a UTF-8 sequence.
        var json = JsonSerializer.Serialize(new { jsonrpc = "2.0", method = "textDocument/didOpen", @params = new { textDocument = new { uri = TestUris.Fresh("chars"), languageId = "pilot", version = 1, text = "site 东城区 {}" } } }, new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        var bytes = Encoding.UTF8.GetBytes(json);
        Assert.Equal(json.Length + 6, bytes.Length); // three characters of three bytes each
        await server.Connection.WriteBytesAsync(Encoding.ASCII.GetBytes($"Content-Length: {json.Length}\r\n\r\n").Concat(bytes).ToArray());

        await AssertStillAnswersAsync(server, probeId: 61);
    }

    private static async Task<ServerProcess> StartInitializedAsync()
    {
        var server = ServerProcess.Start();
        var id = await server.Connection.RequestAsync("initialize", InitializeParams);
        await server.Connection.ReadResponseAsync(id, Timeout);
        return server;
    }

    /// <summary>
    /// Sends a well-formed request after whatever the test sent and requires its answer; a
    /// server that died or went silent fails the test with its exit code and its log.
    /// </summary>
    private static async Task AssertStillAnswersAsync(ServerProcess server, int probeId)
    {
        JsonElement response;
        try
        {
            await server.Connection.WriteBytesAsync(RawLspConnection.Frame(JsonSerializer.SerializeToUtf8Bytes(new { jsonrpc = "2.0", id = probeId, method = "workspace/symbol", @params = new { query = "" } })));
            response = await server.Connection.ReadUntilAsync(m => m.TryGetProperty("id", out var i) && i.ValueKind == JsonValueKind.Number && i.GetInt32() == probeId, Timeout);
        }
        catch (Exception e) when (e is IOException or EndOfStreamException or OperationCanceledException or TimeoutException)
        {
            var exit = await server.WaitForExitAsync(TimeSpan.FromSeconds(5));
            Assert.Fail($"pilotls did not answer request {probeId} ({e.GetType().Name}: {e.Message}); {(exit is { } code ? $"it exited with code {code}" : "it is still running")}. Its log:\n{server.StandardError}");
            return;
        }

        Assert.True(response.TryGetProperty("result", out _), response.ToString());
        Assert.False(server.HasExited, $"pilotls answered, then exited. Its log:\n{server.StandardError}");
    }

    [Fact]
    public async Task Unknown_command_line_options_are_refused()
    {
        using var server = ServerProcess.Start("--tcp");
        Assert.Equal(2, await server.WaitForExitAsync(Timeout));
        Assert.Contains("unknown option --tcp", server.StandardError, StringComparison.Ordinal);
    }
}
