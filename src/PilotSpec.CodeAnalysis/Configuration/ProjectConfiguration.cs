using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.Json;
using Microsoft.CodeAnalysis.Text;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Configuration;

/// <summary>
/// A project's `pilotspec.json`: severities per code and warnings-as-errors. An invalid file
/// is a PS0020 warning located in the file, and is then ignored: a bad config never stops a
/// spec from being checked (a complaint users had about Bicep).
/// </summary>
public sealed class ProjectConfiguration
{
    public const string FileName = "pilotspec.json";

    private ProjectConfiguration(string? path, ImmutableDictionary<string, ReportSeverity> severities, bool warningsAsErrors, ImmutableArray<Diagnostic> diagnostics)
    {
        Path = path;
        Severities = severities;
        WarningsAsErrors = warningsAsErrors;
        Diagnostics = diagnostics;
    }

    public static ProjectConfiguration Empty { get; } = new(null, ImmutableDictionary<string, ReportSeverity>.Empty, false, ImmutableArray<Diagnostic>.Empty);

    /// <summary>The file it came from; null when there is none.</summary>
    public string? Path { get; }

    public ImmutableDictionary<string, ReportSeverity> Severities { get; }

    public bool WarningsAsErrors { get; }

    /// <summary>Problems with the file itself.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>The nearest pilotspec.json at or above <paramref name="folder"/>, or null.</summary>
    public static string? Find(string folder)
    {
        for (var current = new DirectoryInfo(folder); current is not null; current = current.Parent)
        {
            var candidate = System.IO.Path.Combine(current.FullName, FileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    public CompilationOptions ApplyTo(CompilationOptions options) => options with
    {
        SpecificDiagnosticOptions = options.SpecificDiagnosticOptions.SetItems(Severities),
        WarningsAsErrors = options.WarningsAsErrors || WarningsAsErrors,
    };

    public static ProjectConfiguration Parse(string path, string text)
    {
        var source = SourceText.From(text);
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Invalid(path, source, 0, "the file must hold a JSON object");
            }

            var severities = ImmutableDictionary.CreateBuilder<string, ReportSeverity>(StringComparer.Ordinal);
            var warningsAsErrors = false;
            foreach (var property in root.EnumerateObject())
            {
                switch (property.Name)
                {
                    case "$schema":
                        break;
                    case "warningsAsErrors" when property.Value.ValueKind is JsonValueKind.True or JsonValueKind.False:
                        warningsAsErrors = property.Value.GetBoolean();
                        break;
                    case "warningsAsErrors":
                        return Invalid(path, source, text, property.Name, "'warningsAsErrors' must be true or false");
                    case "diagnostics" when property.Value.ValueKind != JsonValueKind.Object:
                        return Invalid(path, source, text, property.Name, "'diagnostics' must be an object of codes and severities, such as { \"PS0104\": \"none\" }");
                    case "diagnostics":
                        foreach (var entry in property.Value.EnumerateObject())
                        {
                            if (DiagnosticDescriptors.Find(entry.Name) is null)
                            {
                                return Invalid(path, source, text, entry.Name, $"'{entry.Name}' is not a PilotSpec diagnostic code");
                            }

                            var severity = entry.Value.ValueKind == JsonValueKind.String ? ParseSeverity(entry.Value.GetString()!) : null;
                            if (severity is null)
                            {
                                return Invalid(path, source, text, entry.Name, $"the severity of '{entry.Name}' must be \"none\", \"info\", \"warning\" or \"error\"");
                            }

                            severities[entry.Name.ToUpperInvariant()] = severity.Value;
                        }

                        break;
                    default:
                        return Invalid(path, source, text, property.Name, $"'{property.Name}' is not a setting (expected \"diagnostics\" or \"warningsAsErrors\")");
                }
            }

            return new ProjectConfiguration(path, severities.ToImmutable(), warningsAsErrors, ImmutableArray<Diagnostic>.Empty);
        }
        catch (JsonException e)
        {
            var line = (int)Math.Min(e.LineNumber ?? 0, Math.Max(0, source.Lines.Count - 1));
            var position = source.Lines[line].Start + (int)Math.Min(e.BytePositionInLine ?? 0, source.Lines[line].End - source.Lines[line].Start);
            return Invalid(path, source, position, "it is not well-formed JSON");
        }
    }

    private static ReportSeverity? ParseSeverity(string text) => text switch
    {
        "none" => ReportSeverity.None,
        "info" => ReportSeverity.Info,
        "warning" => ReportSeverity.Warning,
        "error" => ReportSeverity.Error,
        _ => null,
    };

    private static ProjectConfiguration Invalid(string path, SourceText source, string text, string name, string reason)
    {
        var index = text.IndexOf("\"" + name + "\"", StringComparison.Ordinal);
        return Invalid(path, source, Math.Max(0, index), reason);
    }

    private static ProjectConfiguration Invalid(string path, SourceText source, int position, string reason)
    {
        var location = new SourceLocation(path, source, new TextSpan(position, 0));
        var diagnostic = Diagnostic.Create(DiagnosticDescriptors.InvalidConfiguration, location, reason);
        return new ProjectConfiguration(path, ImmutableDictionary<string, ReportSeverity>.Empty, false, ImmutableArray.Create(diagnostic));
    }

    /// <summary>The JSON Schema of this file, as shipped in docs/schemas.</summary>
    public static string GetSchema() => EmbeddedSchemas.Read("pilotspec.config.schema.json");
}
