using System.Collections.Immutable;
using System.Globalization;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.Cli.Checking;

namespace PilotSpec.Cli.Output;

/// <summary>Everything a report format needs: the diagnostics, the texts they point into, the message language.</summary>
public sealed record DiagnosticReport(ImmutableArray<Diagnostic> Diagnostics, SourceFiles Files, CultureInfo Culture)
{
    public DiagnosticCounts Counts =>
        Diagnostics.Aggregate(new DiagnosticCounts(), (counts, d) => counts.Add(d.Severity));
}

/// <summary>One way of writing diagnostics down: for people, for MSBuild-style log parsers, or for tools.</summary>
public interface IDiagnosticReporter
{
    void Write(TextWriter output, DiagnosticReport report);
}
