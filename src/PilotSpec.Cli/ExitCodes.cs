namespace PilotSpec.Cli;

/// <summary>
/// What pilotc's exit code means. Scripts and CI branch on these, so they never change:
/// 1 is "the specs have errors", 2 is "pilotc could not do its job".
/// </summary>
public static class ExitCodes
{
    /// <summary>Every spec was checked and none has an error.</summary>
    public const int Success = 0;

    /// <summary>At least one error diagnostic (warnings too, with --warnaserror).</summary>
    public const int DiagnosticErrors = 1;

    /// <summary>A usage error, a missing or unreadable input, or a failure of pilotc itself.</summary>
    public const int ToolFailure = 2;
}
