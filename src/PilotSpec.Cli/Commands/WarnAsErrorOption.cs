using System.CommandLine;

namespace PilotSpec.Cli.Commands;

/// <summary><c>--warnaserror</c>: make warnings fail the run, for CI that wants clean specs.</summary>
public static class WarnAsErrorOption
{
    public static Option<bool> Create() => new("--warnaserror")
    {
        Description = "Report warnings as errors, so that they fail the run (exit code 1).",
    };
}
