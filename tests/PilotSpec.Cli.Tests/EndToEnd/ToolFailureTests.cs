using PilotSpec.Cli.Tests.Infrastructure;

namespace PilotSpec.Cli.Tests.EndToEnd;

/// <summary>When pilotc itself cannot do the job: exit code 2, a message on stderr, nothing on stdout, no stack trace.</summary>
public sealed class ToolFailureTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_missing_file_exits_2_with_a_message_on_stderr()
    {
        var result = _folder.Pilotc("check", "nope.pilot");

        AssertToolFailure(result);
        Assert.Equal(["pilotc: error: nope.pilot: no such file or folder."], Lines(result.StdErr));
    }

    [Fact]
    public void A_missing_file_among_good_ones_stops_the_run_before_checking()
    {
        _folder.Write("broken.pilot", Specs.MissingValue);

        var result = _folder.Pilotc("check", "broken.pilot", "nope.pilot", "gone");

        AssertToolFailure(result);
        Assert.Equal(
            ["pilotc: error: nope.pilot: no such file or folder.", "pilotc: error: gone: no such file or folder."],
            Lines(result.StdErr));
    }

    [Fact]
    public void A_folder_without_pilot_files_exits_2()
    {
        _folder.Write(Path.Combine("empty", "readme.txt"), "not a spec");

        var result = _folder.Pilotc("check", "empty");

        AssertToolFailure(result);
        Assert.Contains("empty: the folder contains no .pilot files.", result.StdErr);
    }

    [Fact]
    public void A_file_that_is_not_utf8_exits_2()
    {
        // "site Ö" in Latin-1: 0xD6 alone is not UTF-8.
        _folder.WriteBytes("latin1.pilot", [.. "site "u8, 0xD6, (byte)'\n']);

        var result = _folder.Pilotc("check", "latin1.pilot");

        AssertToolFailure(result);
        Assert.Contains("latin1.pilot: the file is not valid UTF-8 (byte offset 5)", result.StdErr);
    }

    [Fact]
    public void Syntax_of_a_folder_exits_2()
    {
        _folder.Write(Path.Combine("specs", "a.pilot"), Specs.Clean);

        var result = _folder.Pilotc("syntax", "specs");

        AssertToolFailure(result);
        Assert.Contains("specs: is a folder", result.StdErr);
    }

    [Theory]
    [InlineData("")]
    [InlineData("check")]
    [InlineData("compile a.pilot")]
    [InlineData("check --no-such-option a.pilot")]
    [InlineData("syntax a.pilot b.pilot")]
    [InlineData("check a.pilot --lang no-such-language")]
    public void Usage_errors_exit_2_with_a_hint(string commandLine)
    {
        var args = commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        _folder.Write("a.pilot", Specs.Clean);
        _folder.Write("b.pilot", Specs.Clean);

        var result = _folder.Pilotc(args);

        AssertToolFailure(result);
        Assert.StartsWith("pilotc: error: ", result.StdErr);
        Assert.Contains("Run 'pilotc --help' for usage.", result.StdErr);
    }

    [Theory]
    [InlineData("zh_CN.UTF-8", new[] { "chek", "x" })]
    [InlineData("en_US.UTF-8", new[] { "chek", "x", "--lang", "zh-Hans" })]
    public void Usage_errors_read_in_Chinese_without_doubled_punctuation(string uiLanguage, string[] args)
    {
        var result = Infrastructure.Pilotc.Run(_folder.Path, args, uiLanguage);

        AssertToolFailure(result);
        Assert.Equal(
            ["pilotc：错误：未提供必需的命令。", "pilotc：错误：未识别命令或参数“chek”。", "pilotc：错误：未识别命令或参数“x”。", "pilotc：“chek”不是命令，您是不是要输入“check”？", "运行“pilotc --help”查看用法。"],
            Lines(result.StdErr));
    }

    [Theory]
    [InlineData("chek", "check")]
    [InlineData("evalute", "evaluate")]
    [InlineData("shcedule", "schedule")]
    public void A_misspelt_command_gets_the_closest_one(string typed, string meant)
    {
        var result = _folder.Pilotc(typed, "spec.pilot");

        AssertToolFailure(result);
        Assert.Contains($"pilotc: '{typed}' is not a command; did you mean '{meant}'?", Lines(result.StdErr));
    }

    [Fact]
    public void A_word_near_no_command_gets_no_suggestion()
    {
        var result = _folder.Pilotc("frobnicate");

        AssertToolFailure(result);
        Assert.DoesNotContain("did you mean", result.StdErr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("未提供必需的命令。.", "未提供必需的命令。")]
    [InlineData("未识别命令或参数“'chek'”.", "未识别命令或参数“chek”。")]
    [InlineData("Unrecognized command or argument 'chek'.", "Unrecognized command or argument 'chek'.")]
    public void System_CommandLine_s_doubled_marks_are_tidied(string message, string tidy) =>
        Assert.Equal(tidy, PilotSpec.Cli.Output.UsageErrors.Tidy(message));

    private static void AssertToolFailure(PilotcResult result)
    {
        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal("", result.StdOut);
        Assert.DoesNotContain("   at ", result.StdErr);
        Assert.DoesNotContain("Exception", result.StdErr);
    }

    private static string[] Lines(string text) =>
        text.Replace("\r\n", "\n").TrimEnd('\n').Split('\n');
}
