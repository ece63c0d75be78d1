namespace PilotSpec.Cli.Tests.Infrastructure;

/// <summary>What one run of pilotc produced.</summary>
public sealed record PilotcResult(int ExitCode, string StdOut, string StdErr)
{
    /// <summary>Stdout split into lines, without the final empty line.</summary>
    public string[] StdOutLines =>
        StdOut.Replace("\r\n", "\n").Split('\n') is var lines && lines[^1].Length == 0 ? lines[..^1] : lines;

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{StdOut}--- stderr\n{StdErr}";
}
