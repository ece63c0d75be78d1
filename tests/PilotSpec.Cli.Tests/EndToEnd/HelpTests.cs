using PilotSpec.Cli.Tests.Infrastructure;

namespace PilotSpec.Cli.Tests.EndToEnd;

public sealed class HelpTests
{
    [Theory]
    [InlineData("--help", "pilotc check examples")]
    [InlineData("check --help", "pilotc check reform.pilot sites/ --warnaserror")]
    [InlineData("syntax -h", "pilotc syntax examples/policing-reform.pilot")]
    public void Every_command_has_help_with_an_example(string commandLine, string example)
    {
        var result = Pilotc.Run(AppContext.BaseDirectory, commandLine.Split(' '));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(example, result.StdOut);
        Assert.Contains("--lang", result.StdOut);
    }

    [Fact]
    public void Check_help_lists_warnaserror()
    {
        var result = Pilotc.Run(AppContext.BaseDirectory, "check", "--help");

        Assert.Contains("--warnaserror", result.StdOut);
    }
}
