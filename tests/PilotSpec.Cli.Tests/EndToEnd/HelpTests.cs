using PilotSpec.Cli.Tests.Infrastructure;

namespace PilotSpec.Cli.Tests.EndToEnd;

public sealed class HelpTests
{
    [Theory]
    [InlineData("--help", "pilotc check examples")]
    [InlineData("check --help", "pilotc check reform.pilot sites/ --warnaserror")]
    [InlineData("syntax -h", "pilotc syntax examples/policing-reform.pilot")]
    [InlineData("build --help", "pilotc build examples -o out")]
    [InlineData("format --help", "pilotc format --check 'specs/**/*.pilot'")]
    [InlineData("new --help", "pilotc new water-reform")]
    [InlineData("explain --help", "pilotc explain PS0102")]
    [InlineData("schema --help", "pilotc schema config > pilotspec.config.schema.json")]
    [InlineData("schedule --help", "pilotc schedule reform.pilot --format html --output schedule.html")]
    public void Every_command_has_help_with_an_example(string commandLine, string example)
    {
        var result = Pilotc.Run(AppContext.BaseDirectory, commandLine.Split(' '));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(example, result.StdOut);
        Assert.Contains("--lang", result.StdOut);
    }

    [Theory]
    [InlineData("check")]
    [InlineData("build")]
    public void Check_and_build_help_list_their_report_options(string command)
    {
        var result = Pilotc.Run(AppContext.BaseDirectory, command, "--help");

        Assert.Contains("--format", result.StdOut);
        Assert.Contains("text|msbuild|json|sarif", result.StdOut);
        Assert.Contains("--output", result.StdOut);
    }

    [Fact]
    public void Root_help_explains_the_exit_codes_and_lists_every_command()
    {
        var result = Pilotc.Run(AppContext.BaseDirectory, "--help");

        Assert.Contains("Exit codes: 0 success, 1 the specs have errors", result.StdOut);
        foreach (var command in new[] { "check", "build", "format", "new", "explain", "schema", "schedule", "syntax" })
        {
            Assert.Matches($@"(?m)^\s+{command}\b", result.StdOut);
        }
    }

    [Fact]
    public void Check_help_lists_warnaserror()
    {
        var result = Pilotc.Run(AppContext.BaseDirectory, "check", "--help");

        Assert.Contains("--warnaserror", result.StdOut);
    }
}
