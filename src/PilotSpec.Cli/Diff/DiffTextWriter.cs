using PilotSpec.Cli.Output;
using PilotSpec.CodeAnalysis.Comparison;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.Cli.Diff;

/// <summary>
/// A diff for a person on a terminal: the two versions, a count of each kind, then the changes
/// grouped by kind, weakenings first, each with both sides' values and where they are written.
/// Spec text is escaped: a title may hold control characters that a terminal would obey.
/// </summary>
public static class DiffTextWriter
{
    public static void Write(TextWriter output, DiffResult result, DiffTexts texts, bool cosmetic)
    {
        output.WriteLine(TerminalText.Escape(texts.Get("Title", result.Old.Name, result.New.Name)));
        foreach (var note in result.Notes)
        {
            output.WriteLine(TerminalText.Escape(DiffNotes.Text(note, texts)));
        }

        var shown = DiffKinds.Shown(result.Changes, cosmetic);
        output.WriteLine(DiffKinds.Summary(result.Changes, texts, cosmetic));
        if (shown.Count == 0)
        {
            output.WriteLine(texts.Get("NoChanges"));
            return;
        }

        foreach (var group in shown.GroupBy(c => c.Kind).OrderBy(g => DiffKinds.Order(g.Key)))
        {
            output.WriteLine();
            output.WriteLine(texts.Heading(group.Key));
            foreach (var change in group)
            {
                output.WriteLine(TerminalText.Escape(texts.Get("ChangeLine", SymbolWord(change), change.Declaration, texts.Aspect(change))));
                Side(output, texts, texts.Get("Was"), change.OldValue, change.OldLocation);
                Side(output, texts, texts.Get("Now"), change.NewValue, change.NewLocation);
            }
        }
    }

    private static void Side(TextWriter output, DiffTexts texts, string label, string? value, SourceLocation? location)
    {
        if (value is null && location is null)
        {
            return;
        }

        var where = location is null ? string.Empty : $"  ({location.FilePath}:{location.LineSpan.Start.Line + 1})";
        output.WriteLine(TerminalText.Escape(texts.Get("SideLine", label, Flat(value ?? "-"), where)));
    }

    internal static string SymbolWord(SpecChange change) => CodeAnalysis.Binding.SymbolFacts.KindWord(change.DeclarationKind);

    /// <summary>A value on one line: a condition written over several lines is joined with single spaces.</summary>
    internal static string Flat(string value) => string.Join(' ', value.Split((char[])['\r', '\n', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
}
