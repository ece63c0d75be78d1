using PilotSpec.CodeAnalysis.Diagnostics;

namespace PilotSpec.Cli.Output;

/// <summary>How many diagnostics of each severity were reported; decides the exit code.</summary>
public readonly record struct DiagnosticCounts(int Errors, int Warnings, int Infos)
{
    public DiagnosticCounts Add(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => this with { Errors = Errors + 1 },
        DiagnosticSeverity.Warning => this with { Warnings = Warnings + 1 },
        _ => this with { Infos = Infos + 1 },
    };

    /// <summary>Only errors fail; warnings fail only once <c>--warnaserror</c> has made them errors.</summary>
    public int ExitCode => Errors > 0 ? ExitCodes.DiagnosticErrors : ExitCodes.Success;
}
