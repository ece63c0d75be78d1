using System.Text.Json;
using PilotSpec.CodeAnalysis;
using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.LanguageServer.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace PilotSpec.LanguageServer.Tests.Snapshots;

/// <summary>
/// Definition, references and rename for one name of each kind in the policing example,
/// pinned as JSON; the rename is also applied, and must leave the spec as valid as it was.
/// </summary>
public sealed class NavigationSnapshotTests : IAsyncLifetime
{
    private const string Example = "policing-reform.pilot";

    private LspTestServer _server = null!;

    public async Task InitializeAsync() => _server = await LspTestServer.StartInitializedAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    /// <summary>A name, how its declaration starts (to find the name there), and what it is renamed to.</summary>
    public static TheoryData<string, string, string> Names => new()
    {
        { "clearance_rate", "indicator clearance_rate", "clearance_ratio" },
        { "东城区", "site 东城区", "东区" },
        { "control_districts", "group control_districts", "comparison_districts" },
        { "Launch", "phase Launch", "Kickoff" },
        { "Implementation", "phase Implementation", "Rollout" },
    };

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Definition_references_and_rename_match_the_snapshot(string name, string declaration, string newName)
    {
        var text = RepositoryExamples.Read(Example);
        var uri = RepositoryExamples.Uri(Example);
        await _server.OpenAsync(uri, text);
        var atDeclaration = Markup.At(text, declaration, delta: declaration.Length - name.Length);
        var lastUse = text.LastIndexOf(name, StringComparison.Ordinal);
        Assert.NotEqual(atDeclaration.Offset, lastUse);
        var atUse = new Markup(text, lastUse, Markup.PositionOf(text, lastUse));

        var definition = await _server.RequestAsync("textDocument/definition", LspTestServer.At(uri, atUse));
        var references = await _server.RequestAsync("textDocument/references", new { textDocument = new { uri }, position = LspTestServer.Position(atDeclaration), context = new { includeDeclaration = true } });
        var prepare = await _server.RequestAsync("textDocument/prepareRename", LspTestServer.At(uri, atUse));
        var rename = await _server.RequestAsync("textDocument/rename", new { textDocument = new { uri }, position = LspTestServer.Position(atUse), newName });

        // The definition from the last use is the declaration's name.
        var target = Assert.Single(definition.EnumerateArray());
        Assert.Equal(atDeclaration.Position.Line, target.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
        Assert.Equal(atDeclaration.Position.Character, target.GetProperty("range").GetProperty("start").GetProperty("character").GetInt32());

        // The rename edits exactly the references, and the renamed spec says what the original said.
        var edits = rename.GetProperty("changes").GetProperty(uri);
        Assert.Equal(references.GetArrayLength(), edits.GetArrayLength());
        var renamed = TextEdits.Apply(text, edits);
        Assert.Equal(Codes(text), Codes(renamed));

        Snapshot.Match(new
        {
            Name = name,
            NewName = newName,
            Definition = SnapshotJson.From(definition),
            References = SnapshotJson.From(references),
            PrepareRename = SnapshotJson.From(prepare),
            Rename = SnapshotJson.From(rename),
        }, "navigation." + newName);
    }

    private static string[] Codes(string text) => PilotCompilation.Create(new[] { SyntaxTree.ParseText(text, "/spec.pilot") }).GetDiagnostics()
        .Select(d => d.Id)
        .Order(StringComparer.Ordinal)
        .ToArray();
}
