using PilotSpec.Cli.Tests.Infrastructure;

namespace PilotSpec.Cli.Tests.EndToEnd;

public sealed class ExamplesTests
{
    [Fact]
    public void The_repository_examples_check_clean()
    {
        var result = Pilotc.Run(RepositoryRoot.Path, "check", "examples");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.StdOut);
        Assert.Equal("", result.StdErr);
    }
}
