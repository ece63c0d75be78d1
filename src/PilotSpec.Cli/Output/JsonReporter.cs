using System.Text.Json;
using Microsoft.CodeAnalysis.Text;
using PilotSpec.CodeAnalysis.Diagnostics;

namespace PilotSpec.Cli.Output;

/// <summary>
/// Diagnostics as a JSON array, for scripts and editor integrations. Positions are 1-based;
/// the end is exclusive (the column just after the span), as in LSP and SARIF. Each fix
/// lists its edits with the same kind of positions.
/// <code>
/// [{ "id": "PS0102", "severity": "error", "message": "...", "file": "spec.pilot",
///    "line": 4, "column": 19, "endLine": 4, "endColumn": 21, "helpUri": "...",
///    "fixes": [{ "title": "...", "edits": [{ "line": 4, "column": 19, "endLine": 4, "endColumn": 21, "newText": "东城区" }] }] }]
/// </code>
/// </summary>
public sealed class JsonReporter : IDiagnosticReporter
{
    public void Write(TextWriter output, DiagnosticReport report) =>
        JsonOutput.Write(output, json =>
        {
            json.WriteStartArray();
            foreach (var diagnostic in report.Diagnostics)
            {
                WriteDiagnostic(json, diagnostic, report);
            }

            json.WriteEndArray();
        });

    private static void WriteDiagnostic(Utf8JsonWriter json, Diagnostic diagnostic, DiagnosticReport report)
    {
        var location = diagnostic.Location;
        json.WriteStartObject();
        json.WriteString("id", diagnostic.Id);
        json.WriteString("severity", JsonOutput.Severity(diagnostic.Severity));
        json.WriteString("message", diagnostic.GetMessage(report.Culture));
        json.WriteString("file", location.FilePath);
        WritePositions(json, location.LineSpan);
        json.WriteString("helpUri", diagnostic.Descriptor.HelpLinkUri);
        json.WriteStartArray("fixes");
        var text = diagnostic.Fixes.IsEmpty ? null : report.Files.TryGet(location.FilePath);
        if (text is not null)
        {
            foreach (var fix in diagnostic.Fixes)
            {
                json.WriteStartObject();
                json.WriteString("title", fix.GetTitle(report.Culture));
                json.WriteStartArray("edits");
                foreach (var change in fix.Changes)
                {
                    json.WriteStartObject();
                    WritePositions(json, text.Lines.GetLinePositionSpan(change.Span));
                    json.WriteString("newText", change.NewText);
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WritePositions(Utf8JsonWriter json, LinePositionSpan span)
    {
        json.WriteNumber("line", span.Start.Line + 1);
        json.WriteNumber("column", span.Start.Character + 1);
        json.WriteNumber("endLine", span.End.Line + 1);
        json.WriteNumber("endColumn", span.End.Character + 1);
    }
}
