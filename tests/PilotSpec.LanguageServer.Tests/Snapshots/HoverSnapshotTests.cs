using System.Text.Json;
using PilotSpec.LanguageServer.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace PilotSpec.LanguageServer.Tests.Snapshots;

/// <summary>
/// The hover on every declaration name of every example (the names found through the
/// server's own document symbols), pinned as JSON.
/// </summary>
public sealed class HoverSnapshotTests : IAsyncLifetime
{
    private LspTestServer _server = null!;

    public static TheoryData<string> Examples => RepositoryExamples.All;

    public async Task InitializeAsync() => _server = await LspTestServer.StartInitializedAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Hovers_on_the_declarations_of_an_example_match_the_snapshot(string example)
    {
        var text = RepositoryExamples.Read(example);
        var uri = RepositoryExamples.Uri(example);
        await _server.OpenAsync(uri, text);
        var symbols = await _server.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri } });

        var hovers = new List<object>();
        foreach (var (name, position) in DeclarationNames(symbols))
        {
            var hover = await _server.RequestAsync("textDocument/hover", new { textDocument = new { uri }, position = new { line = position.GetProperty("line").GetInt32(), character = position.GetProperty("character").GetInt32() } });

            // Every declaration name has something to say about it.
            Assert.True(hover.ValueKind == JsonValueKind.Object, $"No hover on {name} in {example}.");
            hovers.Add(new { Name = name, Response = SnapshotJson.From(hover) });
        }

        Assert.NotEmpty(hovers);
        Snapshot.Match(new { File = example, Hovers = hovers }, "hover." + example);
    }

    /// <summary>Each symbol's name and where its name starts, depth first in document order.</summary>
    private static IEnumerable<(string Name, JsonElement Position)> DeclarationNames(JsonElement symbols)
    {
        foreach (var symbol in symbols.EnumerateArray())
        {
            yield return (symbol.GetProperty("name").GetString()!, symbol.GetProperty("selectionRange").GetProperty("start"));
            if (symbol.TryGetProperty("children", out var children))
            {
                foreach (var child in DeclarationNames(children))
                {
                    yield return child;
                }
            }
        }
    }
}
