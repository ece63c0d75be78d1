using System.Text.Json;
using PilotSpec.LanguageServer.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace PilotSpec.LanguageServer.Tests.Snapshots;

/// <summary>
/// Code actions that claim to fix a diagnostic really do: the returned WorkspaceEdit is
/// applied to the text as an editor would, the result is opened again, and the diagnostic
/// must be gone. The actions offered are pinned as JSON.
/// </summary>
public sealed class CodeActionFixSnapshotTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private LspTestServer _server = null!;

    public async Task InitializeAsync() => _server = await LspTestServer.StartInitializedAsync();

    public async Task DisposeAsync()
    {
        await _server.DisposeAsync();
        _folder.Dispose();
    }

    /// <summary>Case name, spec, the code it reports, and how the chosen action's title starts.</summary>
    public static TheoryData<string, string, string, string> Cases => new()
    {
        {
            "misspelled-site", "site east { level: county }\nwave w = [eats]\nphase P { start: 2019-01-01; duration: 1 month; in: w }\n",
            "PS0102", "Change to"
        },
        {
            "misspelled-property", "site east { level: county }\nwave w = [east]\nphase P { start: 2019-01-01; duraton: 1 month; in: w }\n",
            "PS0108", "Change to"
        },
        {
            "percent-for-points", "indicator satisfaction {\n    unit: percent\n    better: higher\n    baseline: 62% on 2018-12-31\n    target: +15% by 2020-12-31\n    measured: annually from \"survey\"\n}\n",
            "PS0204", "Use percentage points"
        },
        {
            "missing-otherwise", "indicator x { unit: percent; better: higher; baseline: 50% on 2018-12-31; target: 60% by 2019-12-31; measured: annually from \"s\" }\nsite east { level: county }\nwave w = [east]\nphase P { start: 2019-01-01; duration: 12 months; in: w }\nevaluation e at end of P {\n    method: before_after\n    require: x >= 60% at all sites\n    decide: scale_up when all met\n}\n",
            "PS0503", ""
        },
        {
            "suppressed-warning", "indicator satisfaction {\n    unit: percent\n    better: higher\n    baseline: 62% on 2018-12-31\n    target: +15% by 2020-12-31\n    measured: annually from \"survey\"\n}\n",
            "PS0204", "Suppress PS0204"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task The_action_fixes_its_diagnostic_and_the_offer_matches_the_snapshot(string name, string text, string code, string titleStart)
    {
        // Fixed file names, so the URIs in the snapshot are the same on every run.
        var uri = _folder.Uri(name + ".pilot");
        await _server.OpenAsync(uri, text);
        var published = await _server.WaitForDiagnosticsAsync(uri, p => p.Diagnostics.Any(d => d.Code == code));
        var diagnostic = published.Diagnostics.First(d => d.Code == code);

        var actions = await _server.RequestAsync("textDocument/codeAction", new
        {
            textDocument = new { uri },
            range = diagnostic.Range,
            context = new { diagnostics = new[] { diagnostic } },
        });
        var action = actions.EnumerateArray().First(a =>
            a.GetProperty("title").GetString()!.StartsWith(titleStart, StringComparison.Ordinal)
            && a.GetProperty("diagnostics").EnumerateArray().Any(d => d.GetProperty("code").GetString() == code));
        var fixedText = TextEdits.Apply(text, action.GetProperty("edit").GetProperty("changes").GetProperty(uri));
        Assert.NotEqual(text, fixedText);

        var fixedUri = _folder.Uri(name + ".fixed.pilot");
        await _server.OpenAsync(fixedUri, fixedText);
        var after = await _server.WaitForDiagnosticsAsync(fixedUri);
        Assert.DoesNotContain(after.Diagnostics, d => d.Code == code);

        Snapshot.Match(new
        {
            Spec = text.Split('\n'),
            Code = code,
            Actions = SnapshotJson.From(actions),
            Chosen = action.GetProperty("title").GetString(),
            Fixed = fixedText.Split('\n'),
            RemainingCodes = after.Diagnostics.Select(d => d.Code).Order(StringComparer.Ordinal).ToArray(),
        }, "codeaction." + name);
    }
}
