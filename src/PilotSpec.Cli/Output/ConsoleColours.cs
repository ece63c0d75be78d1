namespace PilotSpec.Cli.Output;

/// <summary>
/// Whether to colour what goes to a stream: only on a terminal, and never when NO_COLOR is
/// set (https://no-color.org): a log file or a pipe must get plain text.
/// </summary>
public static class ConsoleColours
{
    public static bool NoColorRequested => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));

    public static bool ForStandardOutput => !Console.IsOutputRedirected && !NoColorRequested;
}
