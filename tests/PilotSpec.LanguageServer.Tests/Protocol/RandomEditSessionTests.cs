using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using PilotSpec.CodeAnalysis;
using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.LanguageServer.Features.Diagnostics;
using PilotSpec.LanguageServer.Protocol;
using PilotSpec.LanguageServer.Tests.Infrastructure;
using PilotSpec.LanguageServer.Text;

namespace PilotSpec.LanguageServer.Tests.Protocol;

/// <summary>
/// A thousand small random edits (seeded, so a failure replays exactly) through incremental
/// didChange, as a clumsy typist would make them: the server must keep answering, and what
/// it finally publishes must be what a fresh compilation of the final text says.
/// </summary>
public sealed class RandomEditSessionTests
{
    private const int EditCount = 1_000;

    /// <summary>What gets typed: keywords, punctuation, literals, comment and string openers, line breaks.</summary>
    private static readonly string[] Typed =
    [
        "indicator ", "site ", "wave ", "phase ", "goal ", "evaluation ", "alert ", "pilot ", "at ", "in ", "of ", "end of ",
        "all met", "not ", "and ", "or ", "by ", "from ", "on ", "when ", "for 2 consecutive months",
        "{", "}", "[", "]", "(", ")", ";", ":", ",", ".", "=", "<=", ">", "+", "-", "*", "/",
        "\n", "\n    ", " ", "\"", "\"text\"", "//", "/*", "*/", "\\u00", "62%", "+15 points", "2019-03-01", "3 months", "18 minutes",
        "measured: ", "better: ", "in: ", "require: ", "x", "east", "东城区", "clearance_rate",
    ];

    /// <summary>UTF-16 (the default) and UTF-8, where every Chinese character is three columns wide.</summary>
    [Theory]
    [InlineData("utf-16", PositionEncoding.Utf16)]
    [InlineData("utf-8", PositionEncoding.Utf8)]
    public async Task Thousand_random_edits_keep_the_server_answering_and_end_with_the_diagnostics_of_a_fresh_compilation(string wireName, PositionEncoding encoding)
    {
        var stopwatch = Stopwatch.StartNew();
        await using var server = LspTestServer.Start();
        var initialized = await server.InitializeAsync(positionEncodings: [wireName]);
        Assert.Equal(wireName, initialized.GetProperty("capabilities").GetProperty("positionEncoding").GetString());
        var uri = TestUris.Fresh("random-edits");
        var text = Specs.Policing;
        await server.OpenAsync(uri, text);

        var random = new Random(20_260_101);
        var version = 1;
        var answered = 0;
        for (var i = 0; i < EditCount; i++)
        {
            var (start, end, newText) = NextEdit(random, text);
            var from = PositionOf(text, start, encoding);
            var to = PositionOf(text, end, encoding);
            text = text.Substring(0, start) + newText + text.Substring(end);
            await server.ChangeAsync(uri, ++version, LspTestServer.Edit(from.Line, from.Character, to.Line, to.Character, newText));

            if (i % 50 == 49)
            {
                answered += await AskAsync(server, uri, text, random, encoding);
            }
        }

        answered += await AskAsync(server, uri, text, random, encoding);
        Assert.Equal(EditCount / 50 + 1, answered);
        Assert.False(server.ServerRun.IsCompleted, "The server stopped during the session.");

        // Ranges and messages name the text's tokens: an edit applied at the wrong place on
        // the server's side shows up here as a different set.
        var published = await server.WaitForDiagnosticsAsync(uri, p => p.Version == version);
        Assert.Equal(Expected(uri, text, encoding), Describe(published.Diagnostics));
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(60), $"The session took {stopwatch.Elapsed}.");
    }

    /// <summary>Insert, delete or replace a small range; never splits a surrogate pair or a \r\n.</summary>
    private static (int Start, int End, string NewText) NextEdit(Random random, string text)
    {
        var start = SafeOffset(text, random.Next(text.Length + 1));
        var kind = text.Length == 0 ? 0 : random.Next(3);
        var end = kind == 0 ? start : SafeOffset(text, Math.Min(text.Length, start + 1 + random.Next(10)));
        var newText = kind == 1 ? string.Empty : Typed[random.Next(Typed.Length)];
        return (start, end, newText);
    }

    /// <summary>An LSP position computed independently of the server: the column counts UTF-16 units or UTF-8 bytes.</summary>
    private static (int Line, int Character) PositionOf(string text, int offset, PositionEncoding encoding)
    {
        var utf16 = Markup.PositionOf(text, offset);
        if (encoding == PositionEncoding.Utf16)
        {
            return (utf16.Line, utf16.Character);
        }

        var lineStart = offset - utf16.Character;
        return (utf16.Line, System.Text.Encoding.UTF8.GetByteCount(text.AsSpan(lineStart, utf16.Character)));
    }

    private static int SafeOffset(string text, int offset)
    {
        while (offset > 0 && offset < text.Length && (char.IsLowSurrogate(text[offset]) || (text[offset] == '\n' && text[offset - 1] == '\r')))
        {
            offset--;
        }

        return offset;
    }

    /// <summary>Hover and completion somewhere in the current text; both must be answered (an empty answer is fine).</summary>
    private static async Task<int> AskAsync(LspTestServer server, string uri, string text, Random random, PositionEncoding encoding)
    {
        var position = PositionOf(text, SafeOffset(text, random.Next(text.Length + 1)), encoding);
        var at = new { textDocument = new { uri }, position = new { line = position.Line, character = position.Character } };
        var hover = await server.RequestAsync("textDocument/hover", at);
        Assert.True(hover.ValueKind is JsonValueKind.Null or JsonValueKind.Object);
        var completion = await server.RequestAsync("textDocument/completion", at);
        Assert.Equal(JsonValueKind.Array, completion.GetProperty("items").ValueKind);
        return 1;
    }

    /// <summary>The diagnostics of a fresh compilation of <paramref name="text"/>, converted as the server converts them.</summary>
    private static string[] Expected(string uri, string text, PositionEncoding encoding)
    {
        var path = new Uri(uri).LocalPath;
        var tree = SyntaxTree.ParseText(text, path);
        var lines = new LineIndex(tree.Text, encoding);
        var diagnostics = PilotCompilation.Create(new[] { tree }).GetDiagnostics()
            .Where(d => d.Location.FilePath == path)
            .Select(d => DiagnosticConverter.ToLsp(d, lines, CultureInfo.GetCultureInfo("en")))
            .ToArray();
        Assert.NotEmpty(diagnostics);
        return Describe(diagnostics);
    }

    private static string[] Describe(IEnumerable<LspDiagnostic> diagnostics) => diagnostics
        .Select(d => $"{d.Code} {d.Range.Start.Line}:{d.Range.Start.Character}-{d.Range.End.Line}:{d.Range.End.Character} {d.Severity} {d.Message}")
        .Order(StringComparer.Ordinal)
        .ToArray();
}
