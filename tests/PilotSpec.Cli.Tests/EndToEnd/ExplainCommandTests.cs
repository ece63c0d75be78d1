using PilotSpec.Cli.Tests.Infrastructure;

namespace PilotSpec.Cli.Tests.EndToEnd;

/// <summary>`pilotc explain CODE`: the code's facts and its section of docs/diagnostics.md.</summary>
public sealed class ExplainCommandTests
{
    [Fact]
    public void A_documented_code_prints_its_facts_and_its_section_of_the_reference()
    {
        var result = Pilotc.Run(AppContext.BaseDirectory, "explain", "PS0003");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("PS0003: Unterminated string", result.StdOutLines[0]);
        Assert.Contains("Severity: error (by default; pilotspec.json can change it)", result.StdOutLines);
        Assert.Contains("Category: Syntax", result.StdOutLines);
        Assert.Contains(result.StdOutLines, l => l.StartsWith("Message:  ", StringComparison.Ordinal) && l.Contains("closing quote", StringComparison.Ordinal));
        Assert.Contains("Help:     https://github.com/pilotspec/pilotspec/blob/main/docs/diagnostics.md#ps0003", result.StdOutLines);
        var section = Section("PS0003");
        Assert.Contains(section, result.StdOut.Replace("\r\n", "\n"));
        Assert.DoesNotContain("## PS0004", result.StdOut);
    }

    [Fact]
    public void Case_does_not_matter_and_lang_translates_the_title_and_message()
    {
        var result = Pilotc.Run(AppContext.BaseDirectory, "explain", "ps0001", "--lang", "zh-Hans");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.StartsWith("PS0001: ", result.StdOutLines[0]);
        Assert.DoesNotContain("Unexpected token", result.StdOutLines[0]);
    }

    [Fact]
    public void Every_code_can_be_explained()
    {
        var codes = System.Text.RegularExpressions.Regex.Matches(
                File.ReadAllText(Path.Combine(RepositoryRoot.Path, "src", "PilotSpec.CodeAnalysis", "Diagnostics", "DiagnosticDescriptors.cs")),
                "\"(PS\\d{4})\"")
            .Select(m => m.Groups[1].Value)
            .ToArray();
        Assert.NotEmpty(codes);

        foreach (var code in codes)
        {
            var result = Pilotc.Run(AppContext.BaseDirectory, "explain", code);
            Assert.True(result.ExitCode == 0, result.ToString());
            Assert.StartsWith(code + ": ", result.StdOutLines[0]);
        }
    }

    [Theory]
    [InlineData("PS9999")]
    [InlineData("hello")]
    public void An_unknown_code_exits_2(string code)
    {
        var result = Pilotc.Run(AppContext.BaseDirectory, "explain", code);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal("", result.StdOut);
        Assert.StartsWith($"pilotc: error: '{code}' is not a diagnostic code of pilotc", result.StdErr);
    }

    /// <summary>The section body as the repository's docs have it (the CLI embeds the same file).</summary>
    private static string Section(string code)
    {
        var docs = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "diagnostics.md")).Replace("\r\n", "\n");
        var start = docs.IndexOf($"## {code}:", StringComparison.Ordinal);
        var bodyStart = docs.IndexOf('\n', start) + 1;
        var end = docs.IndexOf("<a id=", bodyStart, StringComparison.Ordinal);
        return docs[bodyStart..(end < 0 ? docs.Length : end)].Trim('\n', ' ');
    }
}
