using System.Globalization;
using PilotSpec.CodeAnalysis.Diagnostics;

namespace PilotSpec.Cli.Output;

/// <summary>
/// Prints diagnostics one per line in MSBuild's format (<c>path(line,col): error PS0001: message</c>),
/// which editors, CI log parsers and humans all read. Nothing else goes to this writer, so
/// the output stays machine-parseable.
/// </summary>
public sealed class DiagnosticWriter(TextWriter output, CultureInfo culture)
{
    public DiagnosticCounts Write(IEnumerable<Diagnostic> diagnostics)
    {
        var counts = new DiagnosticCounts();
        foreach (var diagnostic in diagnostics)
        {
            output.WriteLine(diagnostic.ToString(culture));
            counts = counts.Add(diagnostic.Severity);
        }

        return counts;
    }
}
