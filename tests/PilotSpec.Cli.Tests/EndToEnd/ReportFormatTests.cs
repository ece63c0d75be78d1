using System.Text.Json;
using PilotSpec.Cli.Tests.Infrastructure;

namespace PilotSpec.Cli.Tests.EndToEnd;

/// <summary>`--format text|msbuild|json|sarif` and `--output` on check (build shares the code).</summary>
public sealed class ReportFormatTests : IDisposable, IClassFixture<PseudoTerminal.Notice>
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Piped_output_defaults_to_msbuild()
    {
        _folder.Write("spec.pilot", Specs.UndeclaredName);

        var result = _folder.Pilotc("check", "spec.pilot");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(["spec.pilot" + Specs.UndeclaredNameMessage], result.StdOutLines);
    }

    [Fact]
    public void Msbuild_format_is_one_line_per_diagnostic()
    {
        _folder.Write("spec.pilot", Specs.UndeclaredName);
        _folder.Write("date.pilot", Specs.BadDate);

        var result = _folder.Pilotc("check", "spec.pilot", "date.pilot", "--format", "msbuild");

        Assert.Equal(["spec.pilot" + Specs.UndeclaredNameMessage, "date.pilot" + Specs.BadDateMessage], result.StdOutLines);
    }

    [Fact]
    public void Text_format_shows_the_source_line_with_a_caret_under_the_span_and_the_help_link()
    {
        _folder.Write("spec.pilot", Specs.UndeclaredName);

        var result = _folder.Pilotc("check", "spec.pilot", "--format", "text");

        Assert.True(result.ExitCode == 1, result.ToString());
        string[] expected =
        [
            "error PS0102: '东城' is not declared; did you mean '东城区'?",
            " --> spec.pilot:4:19",
            "  |",
            "4 |     wave first = [东城]",
            // 东城 is two characters wide each on a terminal: four carets.
            "  |                   ^^^^",
            "  = help: https://github.com/pilotspec/pilotspec/blob/main/docs/diagnostics.md#ps0102",
            "",
        ];
        Assert.Equal(expected, result.StdOutLines);
        Assert.DoesNotContain("\u001b[", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_format_underlines_a_zero_width_span_with_one_caret()
    {
        _folder.Write("broken.pilot", Specs.MissingValue);

        var result = _folder.Pilotc("check", "broken.pilot", "--format", "text");

        Assert.Equal("error PS0001: Found '}' where a value was expected.", result.StdOutLines[0]);
        Assert.Equal("3 | }", result.StdOutLines[3]);
        Assert.Equal("  | ^", result.StdOutLines[4]);
    }

    [Fact]
    public void Json_format_is_an_array_with_one_based_positions_and_fixes()
    {
        _folder.Write("spec.pilot", Specs.UndeclaredName);
        _folder.Write("clean.pilot", Specs.Clean);

        var result = _folder.Pilotc("check", "clean.pilot", "spec.pilot", "--format", "json");

        Assert.True(result.ExitCode == 1, result.ToString());
        using var json = JsonDocument.Parse(result.StdOut);
        var diagnostic = Assert.Single(json.RootElement.EnumerateArray());
        Assert.Equal("PS0102", diagnostic.GetProperty("id").GetString());
        Assert.Equal("error", diagnostic.GetProperty("severity").GetString());
        Assert.Equal("'东城' is not declared; did you mean '东城区'?", diagnostic.GetProperty("message").GetString());
        Assert.Equal("spec.pilot", diagnostic.GetProperty("file").GetString());
        Assert.Equal(4, diagnostic.GetProperty("line").GetInt32());
        Assert.Equal(19, diagnostic.GetProperty("column").GetInt32());
        Assert.Equal(4, diagnostic.GetProperty("endLine").GetInt32());
        Assert.Equal(21, diagnostic.GetProperty("endColumn").GetInt32());
        Assert.Equal("https://github.com/pilotspec/pilotspec/blob/main/docs/diagnostics.md#ps0102", diagnostic.GetProperty("helpUri").GetString());
        var fix = Assert.Single(diagnostic.GetProperty("fixes").EnumerateArray());
        Assert.False(string.IsNullOrWhiteSpace(fix.GetProperty("title").GetString()));
        var edit = Assert.Single(fix.GetProperty("edits").EnumerateArray());
        Assert.Equal((4, 19, 4, 21), (edit.GetProperty("line").GetInt32(), edit.GetProperty("column").GetInt32(), edit.GetProperty("endLine").GetInt32(), edit.GetProperty("endColumn").GetInt32()));
        Assert.Equal("东城区", edit.GetProperty("newText").GetString());
    }

    [Fact]
    public void Json_format_of_clean_specs_is_an_empty_array()
    {
        _folder.Write("clean.pilot", Specs.Clean);

        var result = _folder.Pilotc("check", "clean.pilot", "--format", "json");

        Assert.True(result.ExitCode == 0, result.ToString());
        using var json = JsonDocument.Parse(result.StdOut);
        Assert.Equal(0, json.RootElement.GetArrayLength());
    }

    [Fact]
    public void Json_messages_follow_lang()
    {
        _folder.Write("broken.pilot", Specs.MissingValue);

        var result = _folder.Pilotc("check", "broken.pilot", "--format", "json", "--lang", "zh-Hans");

        using var json = JsonDocument.Parse(result.StdOut);
        Assert.Equal("此处不应出现“}”；应为值。", json.RootElement[0].GetProperty("message").GetString());
    }

    [Fact]
    public void Output_writes_the_report_to_a_file_and_nothing_to_stdout()
    {
        _folder.Write("spec.pilot", Specs.UndeclaredName);

        var result = _folder.Pilotc("check", "spec.pilot", "--format", "json", "--output", Path.Combine("reports", "pilotc.json"));

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal("", result.StdOut);
        Assert.Equal("", result.StdErr);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(_folder.Path, "reports", "pilotc.json")));
        Assert.Equal("PS0102", json.RootElement[0].GetProperty("id").GetString());
    }

    [Fact]
    public void Output_without_format_writes_msbuild_lines()
    {
        _folder.Write("spec.pilot", Specs.UndeclaredName);

        _folder.Pilotc("check", "spec.pilot", "--output", "report.txt");

        Assert.Equal("spec.pilot" + Specs.UndeclaredNameMessage + "\n", File.ReadAllText(Path.Combine(_folder.Path, "report.txt")).Replace("\r\n", "\n"));
    }

    [Fact]
    public void An_output_file_that_cannot_be_written_exits_2()
    {
        _folder.Write("spec.pilot", Specs.Clean);
        _folder.Write("blocker", "a file where a folder should be");

        var result = _folder.Pilotc("check", "spec.pilot", "--output", Path.Combine("blocker", "report.json"));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("cannot write the report", result.StdErr);
    }

    [Fact]
    public void An_unknown_format_is_a_usage_error()
    {
        _folder.Write("spec.pilot", Specs.Clean);

        var result = _folder.Pilotc("check", "spec.pilot", "--format", "xml");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("'xml' is not a report format", result.StdErr);
    }

    [SkippableFact]
    public void On_a_terminal_text_is_the_default_in_colour_unless_NO_COLOR_is_set()
    {
        PseudoTerminal.Needed.Check();

        _folder.Write("spec.pilot", Specs.UndeclaredName);
        var command = $"'{Pilotc.DotnetHostPath}' '{Pilotc.DllPath}' check spec.pilot";

        var coloured = Pilotc.RunInNewSession(_folder.Path, PseudoTerminal.Script, ["-qec", command, "/dev/null"]);
        var plain = Pilotc.RunInNewSession(_folder.Path, PseudoTerminal.Script, ["-qec", command, "/dev/null"], new Dictionary<string, string?> { ["NO_COLOR"] = "1" });

        Assert.Contains("\u001b[1;31merror PS0102", coloured.StdOut, StringComparison.Ordinal);
        Assert.Contains("^^^^", coloured.StdOut);
        Assert.Contains("error PS0102: '东城' is not declared", plain.StdOut);
        // .NET itself may switch the terminal's keypad mode (ESC[?1h); colours are ESC[1;3xm.
        Assert.DoesNotContain("\u001b[1;3", plain.StdOut, StringComparison.Ordinal);
        Assert.Contains("--> spec.pilot:4:19", plain.StdOut);
    }

    [SkippableFact]
    public void On_a_terminal_the_summary_comes_after_the_diagnostics_in_the_users_language()
    {
        PseudoTerminal.Needed.Check();

        _folder.Write("spec.pilot", Specs.UndeclaredName);
        var english = Pilotc.RunInNewSession(_folder.Path, PseudoTerminal.Script, ["-qec", $"'{Pilotc.DotnetHostPath}' '{Pilotc.DllPath}' check spec.pilot", "/dev/null"], new Dictionary<string, string?> { ["NO_COLOR"] = "1" });
        var chinese = Pilotc.RunInNewSession(_folder.Path, PseudoTerminal.Script, ["-qec", $"'{Pilotc.DotnetHostPath}' '{Pilotc.DllPath}' check spec.pilot --lang zh-Hans", "/dev/null"], new Dictionary<string, string?> { ["NO_COLOR"] = "1" });

        // Both streams reach the one terminal: the summary must be the last thing on it.
        var lines = english.StdOut.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("checked 1 file: 1 error, 0 warnings", lines[^1]);
        Assert.True(english.StdOut.IndexOf("error PS0102", StringComparison.Ordinal) < english.StdOut.IndexOf("checked 1 file", StringComparison.Ordinal));
        Assert.Contains("已检查 1 个文件：1 个错误，0 个警告", chinese.StdOut, StringComparison.Ordinal);
    }
}
