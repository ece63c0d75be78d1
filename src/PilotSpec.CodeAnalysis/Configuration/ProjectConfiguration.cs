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

    /// <summary>The largest pilotspec.json read.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    /// <summary>
    /// Reads and parses the pilotspec.json at <paramref name="path"/>, but only if it is a
    /// regular file of at most <see cref="MaxFileBytes"/>: one that is a link to /dev/zero or a
    /// FIFO is never opened. I/O errors are the caller's to handle.
    /// </summary>
    public static ProjectConfiguration Read(string path)
    {
        if (SafeFile.Kind(path) != SafeFile.FileKind.Regular || new FileInfo(path).Length > MaxFileBytes)
        {
            return Invalid(path, SourceText.From(string.Empty), 0, new Phrase("Config_NotARegularFile"));
        }

        return Parse(path, File.ReadAllText(path));
    }

    public static ProjectConfiguration Parse(string path, string text)
    {
        var source = SourceText.From(text);
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return Invalid(path, source, 0, new Phrase("Config_NotAnObject"));
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
                        return Invalid(path, source, text, property.Name, new Phrase("Config_WarningsAsErrorsNotBoolean"));
                    case "importRoots" when property.Value.ValueKind == JsonValueKind.Array
                        && property.Value.EnumerateArray().All(root => root.ValueKind == JsonValueKind.String && root.GetString()!.Length > 0):
                        // Read where imports are resolved (ProjectRoots), not here.
                        break;
                    case "importRoots":
                        return Invalid(path, source, text, property.Name, new Phrase("Config_ImportRootsNotFolders"));
                    case "diagnostics" when property.Value.ValueKind != JsonValueKind.Object:
                        return Invalid(path, source, text, property.Name, new Phrase("Config_DiagnosticsNotObject"));
                    case "diagnostics":
                        foreach (var entry in property.Value.EnumerateObject())
                        {
                            if (DiagnosticDescriptors.Find(entry.Name) is null)
                            {
                                return Invalid(path, source, text, entry.Name, new Phrase("Config_UnknownCode", entry.Name));
                            }

                            var severity = entry.Value.ValueKind == JsonValueKind.String ? ParseSeverity(entry.Value.GetString()!) : null;
                            if (severity is null)
                            {
                                return Invalid(path, source, text, entry.Name, new Phrase("Config_InvalidSeverity", entry.Name));
                            }

                            severities[entry.Name.ToUpperInvariant()] = severity.Value;
                        }

                        break;
                    default:
                        return Invalid(path, source, text, property.Name, new Phrase("Config_UnknownSetting", property.Name));
                }
            }

            return new ProjectConfiguration(path, severities.ToImmutable(), warningsAsErrors, ImmutableArray<Diagnostic>.Empty);
        }
        catch (JsonException e)
        {
            var line = source.Lines[(int)Math.Min(e.LineNumber ?? 0, Math.Max(0, source.Lines.Count - 1))];
            var position = line.Start + CharactersInFirstBytes(source.ToString(line.Span), e.BytePositionInLine ?? 0);
            return Invalid(path, source, position, new Phrase("Config_NotJson"));
        }
    }

    // The reader counts UTF-8 bytes; a column counts UTF-16 characters (中 is 3 bytes, 1 character).
    private static int CharactersInFirstBytes(string line, long bytes)
    {
        var characters = 0;
        for (long seen = 0; characters < line.Length && seen < bytes; characters++)
        {
            var c = line[characters];
            seen += c < 0x80 ? 1 : c < 0x800 ? 2 : char.IsSurrogate(c) ? 2 : 3; // a surrogate pair is 4 bytes, 2 characters
        }

        return characters;
    }

    private static ReportSeverity? ParseSeverity(string text) => text switch
    {
        "none" => ReportSeverity.None,
        "info" => ReportSeverity.Info,
        "warning" => ReportSeverity.Warning,
        "error" => ReportSeverity.Error,
        _ => null,
    };

    private static ProjectConfiguration Invalid(string path, SourceText source, string text, string name, Phrase reason)
    {
        var index = text.IndexOf("\"" + name + "\"", StringComparison.Ordinal);
        return Invalid(path, source, Math.Max(0, index), reason);
    }

    private static ProjectConfiguration Invalid(string path, SourceText source, int position, Phrase reason)
    {
        var location = new SourceLocation(path, source, new TextSpan(position, 0));
        var diagnostic = Diagnostic.Create(DiagnosticDescriptors.InvalidConfiguration, location, reason);
        return new ProjectConfiguration(path, ImmutableDictionary<string, ReportSeverity>.Empty, false, ImmutableArray.Create(diagnostic));
    }

    /// <summary>The JSON Schema of this file, as shipped in docs/schemas.</summary>
    public static string GetSchema() => EmbeddedSchemas.Read("pilotspec.config.schema.json");
}
