using System.Text.Json;
using PilotSpec.Cli.Output;
using PilotSpec.CodeAnalysis.Comparison;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.Cli.Diff;

/// <summary>
/// A diff for programs (docs/schemas/diff.schema.json): `{ "changes": [ ... ] }`, each change with
/// its kind, what changed, the declaration, and both sides' values and locations (null where the
/// change added or removed something). Cosmetic changes only when asked for; an empty list when
/// nothing that means something changed.
/// </summary>
public static class DiffJsonWriter
{
    public const int Version = 1;

    public static void Write(TextWriter output, DiffResult result, DiffTexts texts, bool cosmetic) => JsonOutput.Write(output, json =>
    {
        json.WriteStartObject();
        json.WriteNumber("version", Version);
        json.WriteString("old", result.Old.Name);
        json.WriteString("new", result.New.Name);
        json.WriteStartArray("notes");
        foreach (var note in result.Notes)
        {
            json.WriteStringValue(DiffNotes.Text(note, texts));
        }

        json.WriteEndArray();
        json.WriteStartArray("changes");
        foreach (var change in DiffKinds.Shown(result.Changes, cosmetic))
        {
            json.WriteStartObject();
            json.WriteString("kind", Word(change.Kind));
            json.WriteString("aspect", Word(change.Aspect));
            json.WriteStartObject("declaration");
            json.WriteString("kind", DiffTextWriter.SymbolWord(change));
            json.WriteString("name", change.Declaration);
            json.WriteEndObject();
            if (change.Property is { } property)
            {
                json.WriteString("property", property);
            }

            Side(json, "old", change.OldValue, change.OldLocation);
            Side(json, "new", change.NewValue, change.NewLocation);
            json.WriteString("message", texts.Aspect(change));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    });

    private static void Side(Utf8JsonWriter json, string name, string? value, SourceLocation? location)
    {
        if (value is null && location is null)
        {
            json.WriteNull(name);
            return;
        }

        json.WriteStartObject(name);
        if (value is null)
        {
            json.WriteNull("value");
        }
        else
        {
            json.WriteString("value", DiffTextWriter.Flat(value));
        }

        if (location is null)
        {
            json.WriteNull("location");
        }
        else
        {
            json.WriteStartObject("location");
            json.WriteString("file", location.FilePath);
            json.WriteNumber("line", location.LineSpan.Start.Line + 1);
            json.WriteNumber("column", location.LineSpan.Start.Character + 1);
            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    /// <summary>A kind or aspect as the schema spells it: `weakening`, `target_deadline`.</summary>
    public static string Word<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        var word = new System.Text.StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && word.Length > 0)
            {
                word.Append('_');
            }

            word.Append(char.ToLowerInvariant(c));
        }

        return word.ToString();
    }
}
