using System.Text;
using PilotSpec.Cli.Tests.Infrastructure;

namespace PilotSpec.Cli.Tests.EndToEnd;

/// <summary>`pilotc format [--check]`: rewrite in place, or list what would change.</summary>
public sealed class FormatCommandTests : IDisposable
{
    private const string Messy = "site   A{level:county}\n\n\n\nsite B {\n  level : county   \n}";
    private const string Tidy = "site A { level: county }\n\nsite B {\n    level: county\n}\n";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_examples_are_formatted()
    {
        var result = Pilotc.Run(RepositoryRoot.Path, "format", "--check", "examples");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.StdOut);
        Assert.Equal("", result.StdErr);
    }

    [Fact]
    public void Check_lists_the_files_that_would_change_exits_1_and_changes_nothing()
    {
        _folder.Write(Path.Combine("specs", "messy.pilot"), Messy);
        _folder.Write(Path.Combine("specs", "tidy.pilot"), Tidy);
        _folder.Write(Path.Combine("specs", "sub", "also-messy.pilot"), "x :1\n");

        var result = _folder.Pilotc("format", "--check", "specs");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal([Path.Combine("specs", "messy.pilot"), Path.Combine("specs", "sub", "also-messy.pilot")], result.StdOutLines);
        Assert.Equal(Messy, File.ReadAllText(Path.Combine(_folder.Path, "specs", "messy.pilot")));
    }

    [Fact]
    public void Without_check_files_are_rewritten_in_place_and_a_second_run_changes_nothing()
    {
        var path = _folder.Write("messy.pilot", Messy);

        var first = _folder.Pilotc("format", "messy.pilot");
        var second = _folder.Pilotc("format", "--check", "messy.pilot");

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.Equal("", first.StdOut);
        Assert.Equal(Tidy, File.ReadAllText(path));
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Empty(Directory.GetFiles(_folder.Path, "*.tmp"));
    }

    [Fact]
    public void A_file_with_syntax_errors_is_left_alone_and_reported_on_stderr_with_exit_1()
    {
        var broken = _folder.Write("broken.pilot", "site   A { level: \n");
        var messy = _folder.Write("messy.pilot", Messy);

        var result = _folder.Pilotc("format", "broken.pilot", "messy.pilot");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal("site   A { level: \n", File.ReadAllText(broken));
        Assert.Equal(Tidy, File.ReadAllText(messy));
        Assert.Equal("broken.pilot: not formatted: the file has syntax errors; run 'pilotc check broken.pilot' to see them.\n", result.StdErr.Replace("\r\n", "\n"));
    }

    [Fact]
    public void Comments_byte_order_mark_and_crlf_line_ends_are_kept()
    {
        var text = "// the district\r\nsite A{level:county} // east\r\n";
        var path = _folder.WriteBytes("bom.pilot", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);

        var result = _folder.Pilotc("format", "bom.pilot");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("// the district\r\nsite A { level: county } // east\r\n")], File.ReadAllBytes(path));
    }

    [Fact]
    public void A_formatted_spec_checks_the_same()
    {
        _folder.Write("spec.pilot", "pilot P \"t\" {\nowner: \"o\"; problem: \"p\"; start: 2019-01-01\n  site 东城区 { level: county }\n      wave first=[东城]\n}\n");
        var before = _folder.Pilotc("check", "spec.pilot", "--format", "json");

        _folder.Pilotc("format", "spec.pilot");
        var after = _folder.Pilotc("check", "spec.pilot", "--format", "json");

        Assert.Equal(before.ExitCode, after.ExitCode);
        Assert.Equal(Messages(before.StdOut), Messages(after.StdOut));
        Assert.NotEmpty(Messages(after.StdOut));
    }

    [Fact]
    public void Missing_files_are_a_tool_failure()
    {
        var result = _folder.Pilotc("format", "nope.pilot");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("nope.pilot: no such file or folder.", result.StdErr);
    }

    private static string[] Messages(string json) =>
        System.Text.Json.JsonDocument.Parse(json).RootElement.EnumerateArray().Select(d => d.GetProperty("id").GetString() + " " + d.GetProperty("message").GetString()).ToArray();
}
