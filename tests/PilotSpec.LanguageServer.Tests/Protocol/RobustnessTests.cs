using System.Text;
using System.Text.Json;
using PilotSpec.LanguageServer.Protocol;
using PilotSpec.LanguageServer.Tests.Infrastructure;

namespace PilotSpec.LanguageServer.Tests.Protocol;

/// <summary>Whatever the text or the request, the server answers (or refuses) and goes on.</summary>
public class RobustnessTests
{
    private static readonly string[] DocumentRequests =
    {
        "textDocument/completion", "textDocument/hover", "textDocument/definition", "textDocument/documentHighlight",
        "textDocument/prepareRename", "textDocument/references",
    };

    [Fact]
    public async Task A_request_on_a_document_that_was_never_opened_is_an_error_and_the_server_keeps_serving()
    {
        await using var server = await LspTestServer.StartInitializedAsync();
        var never = TestUris.Fresh("never");
        foreach (var method in DocumentRequests)
        {
            await RpcAssert.FailsWith(LspErrorCodes.InvalidParams, () => server.RequestAsync(method, new { textDocument = new { uri = never }, position = new { line = 0, character = 0 }, context = new { includeDeclaration = true } }));
        }

        await RpcAssert.FailsWith(LspErrorCodes.InvalidParams, () => server.RequestAsync("textDocument/semanticTokens/full", new { textDocument = new { uri = never } }));

        var uri = TestUris.Fresh();
        await server.OpenAsync(uri, "site a {}");
        var symbols = await server.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri } });
        Assert.Equal("a", symbols[0].GetProperty("name").GetString());
    }

    [Fact]
    public async Task Malformed_parameters_are_refused_and_notifications_with_them_are_ignored()
    {
        await using var server = await LspTestServer.StartInitializedAsync();
        await Assert.ThrowsAnyAsync<StreamJsonRpc.RemoteRpcException>(() => server.RequestAsync("textDocument/hover", new { textDocument = 42, position = "here" }));
        await server.NotifyAsync("textDocument/didOpen", new { textDocument = "not an object" });
        await server.NotifyAsync("textDocument/didChange", new { textDocument = new { uri = "file:///never-opened.pilot", version = 2 }, contentChanges = new[] { new { text = "x" } } });

        var uri = TestUris.Fresh();
        await server.OpenAsync(uri, "site a {}");
        var symbols = await server.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri } });
        Assert.Equal(JsonValueKind.Array, symbols.ValueKind);
        Assert.Contains(server.Logs, l => l.Message.Contains("not open", StringComparison.Ordinal));
    }

    public static IEnumerable<object[]> HostileTexts()
    {
        yield return new object[] { "" };
        yield return new object[] { "{{{{{{{{{{" };
        yield return new object[] { "}}}}} ]]]] )))) :::: ;;;" };
        yield return new object[] { "pilot" };
        yield return new object[] { "pilot P { site" };
        yield return new object[] { "evaluation e at end of { require: x >= at in of for consecutive" };
        yield return new object[] { "\"unterminated\n/* unterminated" };
        yield return new object[] { "site \uD800 { level: \uDC00 }\n😀😀 东城区 \u2028 \u2029 \u0085 \r\r\n\n" };
        yield return new object[] { "phase A { after: B } phase B { after: A }" };
        yield return new object[] { "wave w = [w]\ngroup g = [g, w]\nsite s { parent: s }" };
        yield return new object[] { "indicator i { target: +15% by 2019-13-45; baseline: 999999999999999999999999999999% }" };
        yield return new object[] { string.Concat(Enumerable.Repeat("(", 3000)) };
        yield return new object[] { "import \"\"\nimport \"/\"\nimport \"../../../../etc/passwd\"" };
        yield return new object[] { "pilot P { start: 2019-01-01\n" + string.Concat(Enumerable.Range(0, 200).Select(i => $"site s{i} {{ level: county }}\n")) };
    }

    [Theory]
    [MemberData(nameof(HostileTexts))]
    public async Task Hostile_text_never_crashes_any_feature(string text)
    {
        await using var server = await LspTestServer.StartInitializedAsync();
        var uri = TestUris.Fresh();
        await server.OpenAsync(uri, text);
        await ExerciseEverythingAsync(server, uri, text);
        await server.WaitForDiagnosticsAsync(uri);
        Assert.DoesNotContain(server.Logs, l => l.Type == MessageType.Error);
    }

    [Fact]
    public async Task Every_prefix_of_a_real_spec_is_served_while_it_is_typed()
    {
        await using var server = await LspTestServer.StartInitializedAsync();
        var uri = TestUris.Fresh();
        var full = Specs.Policing;
        await server.OpenAsync(uri, string.Empty);
        var version = 1;
        for (var length = 0; length <= full.Length; length += 211)
        {
            var prefix = full.Substring(0, length);
            await server.ChangeAsync(uri, ++version, new { text = prefix });
            await ExerciseEverythingAsync(server, uri, prefix);
        }

        Assert.DoesNotContain(server.Logs, l => l.Type == MessageType.Error);
    }

    [Fact]
    public async Task Random_texts_from_the_languages_pieces_never_crash_a_feature()
    {
        var pieces = new[]
        {
            "pilot", "goal", "indicator", "site", "wave", "group", "phase", "alert", "evaluation", "stakeholder", "import", "P", "东城区", "x",
            "{", "}", "(", ")", "[", "]", ":", ";", ",", ".", "=", "+", "-", ">=", "<", "at", "in", "of", "all", "any", "met", "sites", "end", "start",
            "on", "by", "from", "when", "weight", "for", "consecutive", "months", "62%", "15", "points", "2019-03-01", "\"text\"", "\n", " ", "// c\n", "/* c */", "😀", "\uD800",
            "unit:", "in:", "after:", "require:", "decide:", "target:", "baseline:",
        };
        var random = new Random(20240607);
        await using var server = await LspTestServer.StartInitializedAsync();
        for (var round = 0; round < 25; round++)
        {
            var text = new StringBuilder();
            for (var i = random.Next(1, 60); i > 0; i--)
            {
                text.Append(pieces[random.Next(pieces.Length)]).Append(random.Next(3) == 0 ? "" : " ");
            }

            var uri = TestUris.Fresh();
            await server.OpenAsync(uri, text.ToString());
            await ExerciseEverythingAsync(server, uri, text.ToString());
            await server.CloseAsync(uri);
        }

        Assert.DoesNotContain(server.Logs, l => l.Type == MessageType.Error);
    }

    /// <summary>Every feature at a few positions, including past the end; each must answer with a result.</summary>
    private static async Task ExerciseEverythingAsync(LspTestServer server, string uri, string text)
    {
        var lines = text.Split('\n');
        var positions = new List<object>
        {
            new { line = 0, character = 0 },
            new { line = lines.Length - 1, character = lines[^1].Length },
            new { line = lines.Length + 5, character = 3 },
            new { line = 0, character = 1000 },
        };
        if (text.Length > 2)
        {
            var middle = Markup.PositionOf(text, text.Length / 2);
            positions.Add(new { line = middle.Line, character = middle.Character });
        }

        foreach (var position in positions)
        {
            foreach (var method in DocumentRequests)
            {
                await server.RequestAsync(method, new { textDocument = new { uri }, position, context = new { includeDeclaration = true } });
            }

            try
            {
                await server.RequestAsync("textDocument/rename", new { textDocument = new { uri }, position, newName = "renamed" });
            }
            catch (StreamJsonRpc.RemoteInvocationException e) when (e.ErrorCode == LspErrorCodes.RequestFailed)
            {
                // No name there: refused, as it should be.
            }
        }

        var whole = new { start = new { line = 0, character = 0 }, end = new { line = lines.Length + 1, character = 0 } };
        await server.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri } });
        await server.RequestAsync("textDocument/semanticTokens/full", new { textDocument = new { uri } });
        await server.RequestAsync("textDocument/foldingRange", new { textDocument = new { uri } });
        await server.RequestAsync("textDocument/codeAction", new { textDocument = new { uri }, range = whole, context = new { diagnostics = Array.Empty<object>() } });
        await server.RequestAsync("textDocument/inlayHint", new { textDocument = new { uri }, range = whole });
        await server.RequestAsync("workspace/symbol", new { query = "s" });
    }
}
