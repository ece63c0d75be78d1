using PilotSpec.CodeAnalysis.Comparison;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.Cli.Diff;

/// <summary>
/// A diff for a pull request or a review memo: a heading, the count of each kind, and a table
/// per kind (weakenings first) with both sides' values as code and where they are written.
/// </summary>
public static class DiffMarkdownWriter
{
    public static void Write(TextWriter output, DiffResult result, DiffTexts texts, bool cosmetic)
    {
        output.WriteLine($"## {Cell(texts.Get("Title", result.Old.Name, result.New.Name))}");
        output.WriteLine();
        foreach (var note in result.Notes)
        {
            output.WriteLine($"> {Cell(DiffNotes.Text(note, texts))}");
            output.WriteLine();
        }

        output.WriteLine(DiffKinds.Summary(result.Changes, texts, cosmetic));
        var shown = DiffKinds.Shown(result.Changes, cosmetic);
        if (shown.Count == 0)
        {
            output.WriteLine();
            output.WriteLine(texts.Get("NoChanges"));
            return;
        }

        foreach (var group in shown.GroupBy(c => c.Kind).OrderBy(g => DiffKinds.Order(g.Key)))
        {
            output.WriteLine();
            output.WriteLine($"### {texts.Heading(group.Key)}");
            output.WriteLine();
            output.WriteLine($"| {texts.Get("Column.Declaration")} | {texts.Get("Column.Change")} | {texts.Get("Column.Old")} | {texts.Get("Column.New")} | {texts.Get("Column.Where")} |");
            output.WriteLine("| --- | --- | --- | --- | --- |");
            foreach (var change in group)
            {
                output.WriteLine($"| {DiffTextWriter.SymbolWord(change)} `{Code(change.Declaration)}` | {Cell(texts.Aspect(change))} | {Value(change.OldValue)} | {Value(change.NewValue)} | {Where(change.NewLocation ?? change.OldLocation)} |");
            }
        }
    }

    private static string Value(string? value) => value is null ? "—" : $"`{Code(DiffTextWriter.Flat(value))}`";

    private static string Where(SourceLocation? location) => location is null ? string.Empty : Cell($"{location.FilePath}:{location.LineSpan.Start.Line + 1}");

    // Inside a table a pipe ends the cell; inside code a backtick ends the code.
    private static string Code(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("`", "'", StringComparison.Ordinal);

    private static string Cell(string text) => DiffTextWriter.Flat(text).Replace("|", "\\|", StringComparison.Ordinal);
}
