using System.CommandLine;
using System.CommandLine.Parsing;
using PilotSpec.Cli.Output;

namespace PilotSpec.Cli.Commands;

/// <summary>`--format` and `--output` of check and build: how and where diagnostics are reported.</summary>
public sealed class ReportOptions
{
    public ReportOptions()
    {
        Format = new Option<DiagnosticFormat?>("--format")
        {
            Description = "How to report diagnostics: text (for people), msbuild (one line each), json, or sarif (GitHub code scanning). Default: text on a terminal, msbuild otherwise.",
            HelpName = "text|msbuild|json|sarif",
            CustomParser = ParseFormat,
        };
        Output = new Option<string?>("--output")
        {
            Description = "Write the report to this file instead of stdout.",
            HelpName = "file",
        };
    }

    public Option<DiagnosticFormat?> Format { get; }

    public Option<string?> Output { get; }

    public IEnumerable<Option> All => [Format, Output];

    public void Write(ParseResult parseResult, DiagnosticReport report, TextWriter standardOutput)
    {
        var outputFile = parseResult.GetValue(Output);
        var toTerminal = outputFile is null && !Console.IsOutputRedirected;
        var format = parseResult.GetValue(Format) ?? (toTerminal ? DiagnosticFormat.Text : DiagnosticFormat.MsBuild);
        IDiagnosticReporter reporter = format switch
        {
            DiagnosticFormat.Text => new TextReporter(colour: toTerminal && !ConsoleColours.NoColorRequested),
            DiagnosticFormat.Json => new JsonReporter(),
            DiagnosticFormat.Sarif => new SarifReporter(Environment.CurrentDirectory),
            _ => new MsBuildReporter(),
        };
        ReportWriter.Write(outputFile, standardOutput, writer => reporter.Write(writer, report));
    }

    private static DiagnosticFormat? ParseFormat(ArgumentResult result)
    {
        var value = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
        switch (value.ToLowerInvariant())
        {
            case "text": return DiagnosticFormat.Text;
            case "msbuild": return DiagnosticFormat.MsBuild;
            case "json": return DiagnosticFormat.Json;
            case "sarif": return DiagnosticFormat.Sarif;
            default:
                result.AddError($"'{value}' is not a report format; use text, msbuild, json or sarif.");
                return null;
        }
    }
}
