namespace PilotSpec.Cli;

/// <summary>
/// pilotc cannot do what it was asked (no such file, unreadable file, ...). Carries every
/// problem found, so the user fixes all the paths in one go instead of one per run.
/// The entry point prints the messages to stderr and exits with <see cref="ExitCodes.ToolFailure"/>.
/// </summary>
public sealed class ToolFailureException : Exception
{
    public ToolFailureException(IReadOnlyList<string> problems)
        : base(string.Join(Environment.NewLine, problems))
    {
        Problems = problems;
    }

    public ToolFailureException(string problem)
        : this([problem])
    {
    }

    public IReadOnlyList<string> Problems { get; }
}
