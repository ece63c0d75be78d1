using System.Text.Json;
using PilotSpec.LanguageServer.Tests.Infrastructure;
using PilotSpec.Tests.Shared;

namespace PilotSpec.LanguageServer.Tests.Features;

/// <summary>
/// The "weakened since" lens over LSP: a spec committed to git, opened with its target eased,
/// shows a lens on that line — in the client's language — and nothing when the setting is off,
/// the file is not in a repository, or nothing was weakened.
/// </summary>
public sealed class WeakenedSinceLensTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static string Committed => RepositoryExamples.Read("policing-reform.pilot");

    // Line 28 (0-based 27) holds the clearance target: +15 points becomes +10.
    private static string Eased => Committed.Replace("target: +15 points by 2020-12-31", "target: +10 points by 2020-12-31", StringComparison.Ordinal);

    [Fact]
    public async Task A_target_eased_since_HEAD_has_a_lens_on_its_line()
    {
        var uri = CommitSpec();
        await using var server = LspTestServer.Start();
        var result = await server.InitializeAsync(initializationOptions: new { weakenedSince = "HEAD" });
        Assert.False(result.GetProperty("capabilities").GetProperty("codeLensProvider").GetProperty("resolveProvider").GetBoolean());
        await server.OpenAsync(uri, Eased);

        var lenses = await server.RequestAsync("textDocument/codeLens", new { textDocument = new { uri } });

        var lens = Assert.Single(lenses.EnumerateArray());
        Assert.Equal(27, lens.GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
        Assert.Equal("weakened since HEAD: target changed (+15 points by 2020-12-31 → +10 points by 2020-12-31)", lens.GetProperty("command").GetProperty("title").GetString());
        Assert.Equal(string.Empty, lens.GetProperty("command").GetProperty("command").GetString());

        // The committed text itself weakened nothing.
        await server.ChangeAsync(uri, 2, new { text = Committed });
        Assert.Empty((await server.RequestAsync("textDocument/codeLens", new { textDocument = new { uri } })).EnumerateArray());
    }

    [Fact]
    public async Task In_chinese_the_lens_is_chinese()
    {
        var uri = CommitSpec();
        await using var server = LspTestServer.Start();
        await server.InitializeAsync(locale: "zh-CN", initializationOptions: new { weakenedSince = "HEAD" });
        await server.OpenAsync(uri, Eased);

        var lens = Assert.Single((await server.RequestAsync("textDocument/codeLens", new { textDocument = new { uri } })).EnumerateArray());

        Assert.Equal("自 HEAD 以来弱化：目标已修改（+15 points by 2020-12-31 → +10 points by 2020-12-31）", lens.GetProperty("command").GetProperty("title").GetString());
    }

    [Fact]
    public async Task Off_by_default_and_silent_outside_a_repository_or_for_a_bad_setting()
    {
        await using var off = LspTestServer.Start();
        var result = await off.InitializeAsync();
        Assert.False(result.GetProperty("capabilities").TryGetProperty("codeLensProvider", out _));

        await using var server = LspTestServer.Start();
        await server.InitializeAsync(initializationOptions: new { weakenedSince = "HEAD" });
        var outside = new Uri(_folder.Write("loose.pilot", Eased)).AbsoluteUri;
        await server.OpenAsync(outside, Eased);
        Assert.Empty((await server.RequestAsync("textDocument/codeLens", new { textDocument = new { uri = outside } })).EnumerateArray());

        await using var bad = LspTestServer.Start();
        var refused = await bad.InitializeAsync(initializationOptions: new { weakenedSince = "--output=/tmp/x" });
        Assert.False(refused.GetProperty("capabilities").TryGetProperty("codeLensProvider", out _));
        Assert.Contains(bad.Logs, l => l.Message.Contains("weakenedSince must be a git revision", StringComparison.Ordinal));
    }

    // A repository of its own in the temp folder, the spec committed, its URI.
    private string CommitSpec()
    {
        var repository = System.IO.Path.Combine(_folder.Path, "repo");
        Directory.CreateDirectory(repository);
        File.WriteAllText(System.IO.Path.Combine(repository, "reform.pilot"), Committed);
        GitCommand.CommitAll(repository);
        return new Uri(System.IO.Path.Combine(repository, "reform.pilot")).AbsoluteUri;
    }
}
