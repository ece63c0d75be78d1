using System.Text;
using PilotSpec.CodeAnalysis.Diagnostics;

namespace PilotSpec.Cli.Output;

/// <summary>
/// Diagnostics for a person at a terminal: the severity and code, the message, where it is,
/// the source line with the span underlined, and the link to the code's explanation.
/// <code>
/// error PS0102: '东城' is not declared; did you mean '东城区'?
///   --> spec.pilot:4:19
///    |
///  4 |     wave first = [东城]
///    |                   ^^^^
///    = help: https://.../diagnostics.md#ps0102
/// </code>
/// </summary>
public sealed class TextReporter(bool colour) : IDiagnosticReporter
{
    private const string Reset = "\u001b[0m";
    private const string Bold = "\u001b[1m";
    private const string Red = "\u001b[1;31m";
    private const string Yellow = "\u001b[1;33m";
    private const string Cyan = "\u001b[1;36m";
    private const string Blue = "\u001b[1;34m";

    public void Write(TextWriter output, DiagnosticReport report)
    {
        foreach (var diagnostic in report.Diagnostics)
        {
            WriteOne(output, diagnostic, report);
            output.WriteLine();
        }
    }

    private void WriteOne(TextWriter output, Diagnostic diagnostic, DiagnosticReport report)
    {
        var (word, severityColour) = diagnostic.Severity switch
        {
            DiagnosticSeverity.Error => ("error", Red),
            DiagnosticSeverity.Warning => ("warning", Yellow),
            _ => ("info", Cyan),
        };
        var location = diagnostic.Location;
        var start = location.LineSpan.Start;
        output.WriteLine($"{Paint(severityColour, $"{word} {diagnostic.Id}")}{Paint(Bold, ": " + TerminalText.Escape(diagnostic.GetMessage(report.Culture)))}");

        var lineNumber = (start.Line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var gutter = new string(' ', lineNumber.Length);
        output.WriteLine($"{gutter}{Paint(Blue, "-->")} {TerminalText.Escape(location.FilePath)}:{start.Line + 1}:{start.Character + 1}");

        var text = report.Files.TryGet(location.FilePath);
        if (text is not null && start.Line < text.Lines.Count)
        {
            var line = text.Lines[start.Line];
            var lineText = line.ToString();
            var from = Math.Min(start.Character, lineText.Length);
            var end = location.LineSpan.End.Line == start.Line ? Math.Min(location.LineSpan.End.Character, lineText.Length) : lineText.Length;
            var shown = Expand(lineText);
            var before = DisplayWidth.Of(Expand(lineText[..from]));
            var width = Math.Max(1, DisplayWidth.Of(Expand(lineText[from..Math.Max(from, end)])));

            output.WriteLine($"{gutter} {Paint(Blue, "|")}");
            output.WriteLine($"{Paint(Blue, lineNumber)} {Paint(Blue, "|")} {shown}");
            output.WriteLine($"{gutter} {Paint(Blue, "|")} {new string(' ', before)}{Paint(severityColour, new string('^', width))}");
        }

        output.WriteLine($"{gutter} {Paint(Blue, "=")} help: {diagnostic.Descriptor.HelpLinkUri}");
    }

    // Tabs would make the caret line drift; a spec line is shown with spaces instead, and with
    // its control characters escaped (widths are measured on what is shown, so the caret stays put).
    private static string Expand(string line) => TerminalText.Escape(line.Replace("\t", "    ", StringComparison.Ordinal));

    private string Paint(string code, string text) => colour ? code + text + Reset : text;
}
