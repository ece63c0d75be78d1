using System.Text.RegularExpressions;
using Newtonsoft.Json.Linq;
using PilotSpec.LanguageServer.Tests.Infrastructure;
using Snapshooter.Xunit;

namespace PilotSpec.LanguageServer.Tests.Snapshots;

/// <summary>
/// Completion lists at fixed kinds of places in every example, and in unfinished specs,
/// pinned as JSON: a change to what the server offers shows up as a reviewed snapshot diff.
/// </summary>
public sealed class CompletionSnapshotTests : IAsyncLifetime
{
    /// <summary>Where a caret goes: right after the first match of each pattern (a property's colon and space, or `at `).</summary>
    private static readonly (string Name, Regex Pattern)[] Places =
    [
        ("after measured:", new Regex(@"(?m)^[ \t]*measured:[ \t]?")),
        ("after better:", new Regex(@"(?m)^[ \t]*better:[ \t]?")),
        ("after in:", new Regex(@"(?m)^[ \t]*in:[ \t]?")),
        ("after require:", new Regex(@"(?m)^[ \t]*require:[ \t]?")),
        // The first `at ` in code: not on a comment line, not after a quote or a slash on its line.
        ("after at", new Regex(@"(?m)^(?![ \t]*(//|/\*|\*))[^\n""/]*?\bat ")),
        ("line start in an indicator body", new Regex(@"(?m)^[ \t]*indicator\b[^\n{]*\{[ \t]*\n[ \t]*")),
        ("line start in a pilot body", new Regex(@"(?m)^[ \t]*pilot\b[^\n{]*\{[ \t]*\n[ \t]*")),
    ];

    private LspTestServer _server = null!;

    public static TheoryData<string> Examples => RepositoryExamples.All;

    public async Task InitializeAsync() => _server = await LspTestServer.StartInitializedAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public void Every_example_is_found() => Assert.Contains("policing-reform.pilot", RepositoryExamples.Names);

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task Completions_in_an_example_match_the_snapshot(string example)
    {
        var text = RepositoryExamples.Read(example);
        var uri = RepositoryExamples.Uri(example);
        await _server.OpenAsync(uri, text);

        var results = new List<CompletionAt>();
        foreach (var (name, pattern) in Places)
        {
            var match = pattern.Match(text);
            if (match.Success)
            {
                results.Add(await CompleteAsync(uri, text, name, match.Index + match.Length));
            }
        }

        Assert.NotEmpty(results);

        // Every chosen place is in code, where something can always be written.
        Assert.All(results, r => Assert.NotEqual(0, r.Items));
        Snapshot.Match(new { File = example, Completions = results }, "completion." + example);
    }

    public static TheoryData<string, string> BrokenSpecs => new()
    {
        { "unfinished-measured", "indicator speed {\n    unit: minutes\n    measured: $$" },
        { "unclosed-indicator", "pilot P {\n    indicator speed {\n        better: $$\n    site east { level: county }\n" },
        { "half-typed-property", "pilot P {\n    indicator speed {\n        bas$$\n    }\n}\n" },
        { "require-without-indicators", "phase Run { start: 2019-01-01; duration: 3 months }\nevaluation e at end of Run {\n    require: $$\n}\n" },
        { "quantifier-after-at", "site east { level: county }\nwave w = [east]\nindicator x { unit: percent; better: higher }\nalert a { when: x < 10% at $$ }\n" },
        { "garbage-before-caret", "pilot P { ))) ;; {{ \n    $$\n}\n" },
    };

    [Theory]
    [MemberData(nameof(BrokenSpecs))]
    public async Task Completions_in_a_broken_spec_match_the_snapshot(string name, string marked)
    {
        var markup = Markup.Parse(marked);
        var uri = TestUris.Fresh(name);
        await _server.OpenAsync(uri, markup.Text);

        var result = await CompleteAsync(uri, markup.Text, name, markup.Offset);

        Snapshot.Match(new { Spec = markup.Text.Split('\n'), Completion = result }, "completion.broken." + name);
    }

    private async Task<CompletionAt> CompleteAsync(string uri, string text, string place, int offset)
    {
        var position = Markup.PositionOf(text, offset);
        var response = await _server.RequestAsync("textDocument/completion", new
        {
            textDocument = new { uri },
            position = new { line = position.Line, character = position.Character },
        });
        return new CompletionAt(place, $"{position.Line}:{position.Character}", LineWithCaret(text, offset), SnapshotJson.From(response))
        {
            Items = response.GetProperty("items").GetArrayLength(),
        };
    }

    /// <summary>One completion request and its answer, as the snapshot shows it.</summary>
    private sealed record CompletionAt(string Place, string Position, string Line, JToken Response)
    {
        [Newtonsoft.Json.JsonIgnore]
        public int Items { get; init; }
    }

    private static string LineWithCaret(string text, int offset)
    {
        var start = text.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1;
        if (offset == 0)
        {
            start = 0;
        }

        var end = text.IndexOf('\n', offset);
        end = end < 0 ? text.Length : end;
        return text.Substring(start, offset - start) + "‸" + text.Substring(offset, end - offset);
    }
}
