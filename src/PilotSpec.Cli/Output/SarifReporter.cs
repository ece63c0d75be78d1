using System.Text.Json;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.Cli.Reference;

namespace PilotSpec.Cli.Output;

/// <summary>
/// SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/), the format GitHub code
/// scanning uploads: one run; the driver lists every rule pilotc has, so a dashboard can
/// describe codes that did not fire; results point at files by paths relative to the
/// current folder (the repository root in CI) with forward slashes, under %SRCROOT%.
/// Written by hand with System.Text.Json: the SARIF SDK is not available here, and the
/// subset needed is small.
/// </summary>
public sealed class SarifReporter(string baseFolder) : IDiagnosticReporter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";
    internal const string SourceRoot = "%SRCROOT%";

    public void Write(TextWriter output, DiagnosticReport report)
    {
        var rules = DiagnosticDescriptors.All;
        var ruleIndex = rules.Select((rule, index) => (rule.Id, index)).ToDictionary(p => p.Id, p => p.index, StringComparer.Ordinal);
        JsonOutput.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, rules, report);
            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(SourceRoot);
            json.WriteString("uri", FolderUri(baseFolder));
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            foreach (var diagnostic in report.Diagnostics)
            {
                WriteResult(json, diagnostic, ruleIndex[diagnostic.Id], report);
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    public static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Info => "note",
        _ => "none",
    };

    private static void WriteTool(Utf8JsonWriter json, IReadOnlyList<DiagnosticDescriptor> rules, DiagnosticReport report)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", ToolInfo.Name);
        json.WriteString("version", ToolInfo.Version);
        json.WriteString("semanticVersion", ToolInfo.Version);
        json.WriteString("informationUri", ToolInfo.InformationUri);
        json.WriteStartArray("rules");
        foreach (var rule in rules)
        {
            var title = rule.GetTitle(report.Culture);
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", DescriptorNames.Of(rule));
            json.WriteStartObject("shortDescription");
            json.WriteString("text", title);
            json.WriteEndObject();
            json.WriteStartObject("fullDescription");
            json.WriteString("text", DiagnosticsReference.Find(rule.Id)?.Summary is { Length: > 0 } summary ? summary : title);
            json.WriteEndObject();
            json.WriteString("helpUri", rule.HelpLinkUri);
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("category", rule.Category);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private void WriteResult(Utf8JsonWriter json, Diagnostic diagnostic, int ruleIndex, DiagnosticReport report)
    {
        var span = diagnostic.Location.LineSpan;
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Id);
        json.WriteNumber("ruleIndex", ruleIndex);
        json.WriteString("level", Level(diagnostic.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", diagnostic.GetMessage(report.Culture));
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        var (uri, relative) = ArtifactUri(baseFolder, diagnostic.Location.FilePath);
        json.WriteString("uri", uri);
        if (relative)
        {
            json.WriteString("uriBaseId", SourceRoot);
        }

        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", span.Start.Line + 1);
        json.WriteNumber("startColumn", span.Start.Character + 1);
        json.WriteNumber("endLine", span.End.Line + 1);
        json.WriteNumber("endColumn", span.End.Character + 1);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteEndObject();
    }

    /// <summary>Relative to the base folder with '/' when the file is inside it; an absolute file URI otherwise.</summary>
    internal static (string Uri, bool Relative) ArtifactUri(string baseFolder, string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(baseFolder, full);
        if (Path.IsPathRooted(relative) || relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            return (new Uri(full).AbsoluteUri, false);
        }

        var segments = relative.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar).Select(Uri.EscapeDataString);
        return (string.Join('/', segments), true);
    }

    internal static string FolderUri(string folder)
    {
        var uri = new Uri(Path.GetFullPath(folder)).AbsoluteUri;
        return uri.EndsWith('/') ? uri : uri + "/";
    }
}
