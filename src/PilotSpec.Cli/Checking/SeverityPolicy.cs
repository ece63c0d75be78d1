using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Diagnostics;

namespace PilotSpec.Cli.Checking;

/// <summary>
/// What the command line reports, and at which severity. Hidden diagnostics are for editors,
/// not for a build log, so they are dropped. With <c>--warnaserror</c> a warning is printed
/// as an error, like csc does, so the printed line and the exit code never disagree.
/// </summary>
public sealed record SeverityPolicy(bool WarningsAsErrors)
{
    public ImmutableArray<Diagnostic> Apply(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics
            .Where(d => d.Severity != DiagnosticSeverity.Hidden)
            .Select(d => WarningsAsErrors && d.Severity == DiagnosticSeverity.Warning ? d.WithSeverity(DiagnosticSeverity.Error) : d)
            .ToImmutableArray();
}
