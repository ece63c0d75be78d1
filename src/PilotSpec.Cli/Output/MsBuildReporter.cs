namespace PilotSpec.Cli.Output;

/// <summary>
/// Diagnostics one per line in MSBuild's format (<c>path(line,col): error PS0001: message</c>),
/// which editors, CI log parsers and humans all read. Nothing else is written, so the output
/// stays machine-parseable.
/// </summary>
public sealed class MsBuildReporter : IDiagnosticReporter
{
    public void Write(TextWriter output, DiagnosticReport report)
    {
        foreach (var diagnostic in report.Diagnostics)
        {
            output.WriteLine(diagnostic.ToString(report.Culture));
        }
    }
}
