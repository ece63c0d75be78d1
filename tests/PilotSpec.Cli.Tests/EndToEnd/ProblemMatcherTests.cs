using System.Text.Json;
using System.Text.RegularExpressions;
using PilotSpec.Cli.Tests.Infrastructure;

namespace PilotSpec.Cli.Tests.EndToEnd;

/// <summary>
/// The GitHub Actions problem matcher that docs/ci.md ships, run over pilotc's real output: every
/// error and warning line becomes an annotation with its file, line, column, code and message;
/// info lines and the rest do not.
/// </summary>
public sealed class ProblemMatcherTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static JsonElement Pattern => JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "ci", "pilotc-problem-matcher.json")))
        .RootElement.GetProperty("problemMatcher")[0].GetProperty("pattern")[0];

    [Theory]
    [InlineData("en")]
    [InlineData("zh-Hans")]
    public void Every_error_and_warning_of_a_real_check_is_matched_with_its_place_and_code(string language)
    {
        // A spec with an error (an unknown direction), warnings and infos, in a folder with a
        // space and a Chinese name: paths as users have them.
        _folder.Write("规范 specs/reform.pilot", "pilot P \"x\" {\n    start: 2019-01-01\n    indicator a \"A\" { unit: percent; better: upward }\n}\n");
        var result = _folder.Pilotc("check", "规范 specs", "--format", "msbuild", "--lang", language);
        var regex = new Regex(Pattern.GetProperty("regexp").GetString()!);
        var lines = result.StdOut.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var matched = lines.Select(l => regex.Match(l)).Where(m => m.Success).ToList();

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(lines.Count(l => l.Contains(": error PS", StringComparison.Ordinal) || l.Contains(": warning PS", StringComparison.Ordinal)), matched.Count);
        Assert.DoesNotContain(matched, m => m.Value.Contains(": info PS", StringComparison.Ordinal));
        // `upward` starts after 4 spaces and `indicator a "A" { unit: percent; better: ` (41
        // characters): column 46.
        var error = matched.Single(m => m.Groups[Pattern.GetProperty("severity").GetInt32()].Value == "error");
        Assert.Equal(
            (Path.Combine("规范 specs", "reform.pilot"), "3", "46", "PS0113"),
            (error.Groups[Pattern.GetProperty("file").GetInt32()].Value, error.Groups[Pattern.GetProperty("line").GetInt32()].Value, error.Groups[Pattern.GetProperty("column").GetInt32()].Value, error.Groups[Pattern.GetProperty("code").GetInt32()].Value));
        Assert.Contains("upward", error.Groups[Pattern.GetProperty("message").GetInt32()].Value, StringComparison.Ordinal);
        Assert.Equal(2, matched.Count(m => m.Groups[Pattern.GetProperty("severity").GetInt32()].Value == "warning"));
    }
}
