using System.Globalization;
using PilotSpec.CodeAnalysis.Diagnostics;

namespace PilotSpec.CodeAnalysis.Tests.TestSupport;

/// <summary>
/// A diagnostic as a user sees it, 1-based like an editor and in English: what the snapshots
/// store, so a reviewer can check each entry against the input by eye.
/// </summary>
internal sealed record DiagnosticView(
    string Id,
    string Severity,
    int Line,
    int Column,
    int EndLine,
    int EndColumn,
    int SpanStart,
    int SpanLength,
    string Message)
{
    public static DiagnosticView From(Diagnostic diagnostic)
    {
        var lines = diagnostic.Location.LineSpan;
        return new DiagnosticView(
            diagnostic.Id,
            diagnostic.Severity.ToString(),
            lines.Start.Line + 1,
            lines.Start.Character + 1,
            lines.End.Line + 1,
            lines.End.Character + 1,
            diagnostic.Location.Span.Start,
            diagnostic.Location.Span.Length,
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
    }

    public static IReadOnlyList<DiagnosticView> All(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(From).ToArray();
}
