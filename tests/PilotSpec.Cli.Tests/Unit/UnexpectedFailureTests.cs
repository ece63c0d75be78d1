namespace PilotSpec.Cli.Tests.Unit;

/// <summary>A bug inside pilotc must end as one line on stderr and exit code 2, never a stack trace.</summary>
public sealed class UnexpectedFailureTests : IDisposable
{
    private readonly Infrastructure.TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void An_exception_inside_a_command_becomes_a_one_line_internal_error()
    {
        var spec = _folder.Write("broken.pilot", Infrastructure.Specs.MissingValue);
        var error = new StringWriter();

        var exitCode = PilotcCommandLine.Run(["check", spec], new ThrowingWriter(), error);

        Assert.Equal(ExitCodes.ToolFailure, exitCode);
        Assert.Equal(
            "pilotc: internal error: System.InvalidOperationException: the writer broke" + Environment.NewLine,
            error.ToString());
    }

    [Fact]
    public void A_failed_write_to_stdout_is_a_tool_failure()
    {
        var spec = _folder.Write("broken.pilot", Infrastructure.Specs.MissingValue);
        var error = new StringWriter();

        var exitCode = PilotcCommandLine.Run(["check", spec], new ThrowingWriter(new IOException("Broken pipe")), error);

        Assert.Equal(ExitCodes.ToolFailure, exitCode);
        Assert.Equal("pilotc: error: cannot write the output: Broken pipe" + Environment.NewLine, error.ToString());
    }

    private sealed class ThrowingWriter(Exception? exception = null) : StringWriter
    {
        public override void WriteLine(string? value) => throw exception ?? new InvalidOperationException("the writer broke");
    }
}
