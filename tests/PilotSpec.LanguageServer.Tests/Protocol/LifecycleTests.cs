using System.Text.Json;
using PilotSpec.LanguageServer.Protocol;
using PilotSpec.LanguageServer.Tests.Infrastructure;
using StreamJsonRpc;

namespace PilotSpec.LanguageServer.Tests.Protocol;

public class LifecycleTests
{
    [Fact]
    public async Task Initialize_announces_the_capabilities_and_incremental_sync()
    {
        await using var server = LspTestServer.Start();
        var result = await server.InitializeAsync();

        var capabilities = result.GetProperty("capabilities");
        Assert.Equal(2, capabilities.GetProperty("textDocumentSync").GetProperty("change").GetInt32());
        Assert.True(capabilities.GetProperty("textDocumentSync").GetProperty("openClose").GetBoolean());
        Assert.Equal("utf-16", capabilities.GetProperty("positionEncoding").GetString());
        foreach (var provider in new[] { "hoverProvider", "definitionProvider", "referencesProvider", "documentHighlightProvider", "documentSymbolProvider", "workspaceSymbolProvider", "foldingRangeProvider", "inlayHintProvider" })
        {
            Assert.True(capabilities.GetProperty(provider).GetBoolean(), provider);
        }

        Assert.True(capabilities.GetProperty("renameProvider").GetProperty("prepareProvider").GetBoolean());
        Assert.Contains(":", capabilities.GetProperty("completionProvider").GetProperty("triggerCharacters").EnumerateArray().Select(e => e.GetString()));
        Assert.Contains("variable", capabilities.GetProperty("semanticTokensProvider").GetProperty("legend").GetProperty("tokenTypes").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("quickfix", capabilities.GetProperty("codeActionProvider").GetProperty("codeActionKinds")[0].GetString());
        Assert.Equal("pilotls", result.GetProperty("serverInfo").GetProperty("name").GetString());
    }

    [Theory]
    [InlineData(new[] { "utf-8", "utf-16" }, "utf-8")]
    [InlineData(new[] { "utf-16", "utf-8" }, "utf-16")]
    [InlineData(new[] { "utf-32" }, "utf-32")]
    [InlineData(new[] { "koi8-r" }, "utf-16")]
    public async Task Position_encoding_is_the_first_one_the_client_offers_that_the_server_knows(string[] offered, string expected)
    {
        await using var server = LspTestServer.Start();
        var result = await server.InitializeAsync(offered);
        Assert.Equal(expected, result.GetProperty("capabilities").GetProperty("positionEncoding").GetString());
    }

    [Fact]
    public async Task A_request_before_initialize_is_refused_with_ServerNotInitialized()
    {
        await using var server = LspTestServer.Start();
        await RpcAssert.FailsWith(LspErrorCodes.ServerNotInitialized, () => server.RequestAsync("textDocument/hover", new { textDocument = new { uri = "file:///x.pilot" }, position = new { line = 0, character = 0 } }));
    }

    [Fact]
    public async Task A_second_initialize_is_an_invalid_request()
    {
        await using var server = await LspTestServer.StartInitializedAsync();
        await RpcAssert.FailsWith(LspErrorCodes.InvalidRequest, () => server.InitializeAsync());
    }

    [Fact]
    public async Task Shutdown_then_exit_stops_the_server_with_exit_code_0()
    {
        await using var server = await LspTestServer.StartInitializedAsync();
        Assert.Equal(0, await server.ShutdownAndExitAsync());
    }

    [Fact]
    public async Task Exit_without_shutdown_stops_the_server_with_exit_code_1()
    {
        await using var server = await LspTestServer.StartInitializedAsync();
        await server.NotifyAsync("exit", new { });
        Assert.Equal(1, await server.ServerRun.WaitAsync(LspTestServer.Timeout));
    }

    [Fact]
    public async Task After_shutdown_requests_are_invalid()
    {
        await using var server = await LspTestServer.StartInitializedAsync();
        await server.RequestAsync("shutdown", new { });
        await RpcAssert.FailsWith(LspErrorCodes.InvalidRequest, () => server.RequestAsync("workspace/symbol", new { query = "" }));
    }

    [Fact]
    public async Task An_unknown_method_is_MethodNotFound_and_the_server_keeps_serving()
    {
        await using var server = await LspTestServer.StartInitializedAsync();
        await RpcAssert.FailsWith(LspErrorCodes.MethodNotFound, () => server.RequestAsync("textDocument/noSuchThing", new { }));

        await server.NotifyAsync("$/noSuchNotification", new { });
        var symbols = await server.RequestAsync("workspace/symbol", new { query = "" });
        Assert.Equal(JsonValueKind.Array, symbols.ValueKind);
    }
}
