using PilotSpec.Cli.Output;
using PilotSpec.CodeAnalysis.Comparison;

namespace PilotSpec.Cli.Diff;

/// <summary>
/// A diff as SARIF 2.1.0 for code scanning: a result per change on the new file's lines (the
/// old file's for what was removed), one rule per kind; a weakening is a warning, the rest notes.
/// </summary>
public static class DiffSarifWriter
{
    public static void Write(TextWriter output, DiffResult result, DiffTexts texts, bool cosmetic, string baseFolder)
    {
        var kinds = Enum.GetValues<ChangeKind>();
        JsonOutput.Write(output, json =>
        {
            json.WriteStartObject();
            json.WriteString("$schema", SarifReporter.SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", ToolInfo.Name + " diff");
            json.WriteString("version", ToolInfo.Version);
            json.WriteString("informationUri", ToolInfo.InformationUri);
            json.WriteStartArray("rules");
            foreach (var kind in kinds)
            {
                json.WriteStartObject();
                json.WriteString("id", DiffJsonWriter.Word(kind));
                json.WriteStartObject("shortDescription");
                json.WriteString("text", texts.Heading(kind));
                json.WriteEndObject();
                json.WriteStartObject("defaultConfiguration");
                json.WriteString("level", Level(kind));
                json.WriteEndObject();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(SarifReporter.SourceRoot);
            json.WriteString("uri", SarifReporter.FolderUri(baseFolder));
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            foreach (var change in DiffKinds.Shown(result.Changes, cosmetic))
            {
                var location = change.NewLocation ?? change.OldLocation;
                json.WriteStartObject();
                json.WriteString("ruleId", DiffJsonWriter.Word(change.Kind));
                json.WriteNumber("ruleIndex", Array.IndexOf(kinds, change.Kind));
                json.WriteString("level", Level(change.Kind));
                json.WriteStartObject("message");
                var values = $"{DiffTextWriter.Flat(change.OldValue ?? "-")} → {DiffTextWriter.Flat(change.NewValue ?? "-")}";
                json.WriteString("text", $"{DiffTextWriter.SymbolWord(change)} {change.Declaration}: {texts.Aspect(change)} ({values})");
                json.WriteEndObject();
                if (location is not null)
                {
                    var (uri, relative) = SarifReporter.ArtifactUri(baseFolder, location.FilePath);
                    json.WriteStartArray("locations");
                    json.WriteStartObject();
                    json.WriteStartObject("physicalLocation");
                    json.WriteStartObject("artifactLocation");
                    json.WriteString("uri", uri);
                    if (relative)
                    {
                        json.WriteString("uriBaseId", SarifReporter.SourceRoot);
                    }

                    json.WriteEndObject();
                    json.WriteStartObject("region");
                    json.WriteNumber("startLine", location.LineSpan.Start.Line + 1);
                    json.WriteNumber("startColumn", location.LineSpan.Start.Character + 1);
                    json.WriteNumber("endLine", location.LineSpan.End.Line + 1);
                    json.WriteNumber("endColumn", location.LineSpan.End.Character + 1);
                    json.WriteEndObject();
                    json.WriteEndObject();
                    json.WriteEndObject();
                    json.WriteEndArray();
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static string Level(ChangeKind kind) => kind == ChangeKind.Weakening ? "warning" : "note";
}
