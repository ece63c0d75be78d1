using Microsoft.CodeAnalysis.Text;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.LanguageServer.Features.Diagnostics;
using PilotSpec.LanguageServer.Protocol;
using PilotSpec.LanguageServer.Workspace;

namespace PilotSpec.LanguageServer.Features.CodeActions;

/// <summary>
/// Quick fixes for the diagnostics in the requested range: the fixes the compiler attached
/// (rename to the suggestion, points instead of %, add otherwise:), and for any finding
/// that is not a syntax error, "suppress PSxxxx on this line" with a
/// `// pilot-disable-next-line PSxxxx` comment above it.
/// </summary>
public static class CodeActionProvider
{
    public const string SuppressionDirective = "pilot-disable-next-line";

    public static CodeAction[] Find(DocumentAnalysis analysis, Protocol.Range range)
    {
        var requested = analysis.LineIndex.ToSpan(range);
        var culture = analysis.Snapshot.Session.Culture;
        var actions = new List<CodeAction>();
        foreach (var diagnostic in analysis.Diagnostics.Where(d => Touches(d.Location.Span, requested)))
        {
            var lsp = DiagnosticConverter.ToLsp(diagnostic, analysis.LineIndex, culture);
            var first = true;
            foreach (var fix in diagnostic.Fixes)
            {
                var edits = fix.Changes.Select(c => new TextEdit(analysis.LineIndex.ToRange(c.Span), c.NewText ?? string.Empty)).ToArray();
                actions.Add(new CodeAction(fix.GetTitle(culture), CodeActionKind.QuickFix, new[] { lsp }, first, Edit(analysis, edits)));
                first = false;
            }

            if (diagnostic.Descriptor.Category != "Syntax")
            {
                actions.Add(Suppress(analysis, diagnostic, lsp));
            }
        }

        return actions.ToArray();
    }

    private static CodeAction Suppress(DocumentAnalysis analysis, Diagnostic diagnostic, LspDiagnostic lsp)
    {
        // The compiler counts lines as Roslyn does, so the comment goes on the line before in its terms.
        var text = analysis.Tree.Text;
        var line = text.Lines.GetLineFromPosition(diagnostic.Location.Span.Start);
        var lineText = line.ToString();
        var indent = lineText.Substring(0, lineText.Length - lineText.TrimStart().Length);
        TextChange change;
        if (line.LineNumber > 0 && text.Lines[line.LineNumber - 1] is var above
            && above.ToString().Trim() is var aboveText
            && aboveText.StartsWith("//", StringComparison.Ordinal)
            && aboveText.Substring(2).TrimStart().StartsWith(SuppressionDirective, StringComparison.Ordinal))
        {
            change = new TextChange(new TextSpan(above.End, 0), " " + diagnostic.Id);
        }
        else
        {
            var newline = line.LineNumber > 0 ? text.ToString(TextSpan.FromBounds(text.Lines[line.LineNumber - 1].End, text.Lines[line.LineNumber - 1].EndIncludingLineBreak)) : DetectNewline(text);
            change = new TextChange(new TextSpan(line.Start, 0), $"{indent}// {SuppressionDirective} {diagnostic.Id}{newline}");
        }

        var title = CodeFix.Replace("Fix_SuppressNextLine", change.Span, change.NewText ?? string.Empty, diagnostic.Id).GetTitle(analysis.Snapshot.Session.Culture);
        var edit = new TextEdit(analysis.LineIndex.ToRange(change.Span), change.NewText ?? string.Empty);
        return new CodeAction(title, CodeActionKind.QuickFix, new[] { lsp }, false, Edit(analysis, new[] { edit }));
    }

    private static string DetectNewline(SourceText text)
    {
        foreach (var line in text.Lines)
        {
            var length = line.EndIncludingLineBreak - line.End;
            if (length > 0)
            {
                return text.ToString(TextSpan.FromBounds(line.End, line.EndIncludingLineBreak));
            }
        }

        return "\n";
    }

    private static WorkspaceEdit Edit(DocumentAnalysis analysis, TextEdit[] edits) =>
        new(new Dictionary<string, TextEdit[]> { [analysis.Document.Uri] = edits });

    private static bool Touches(TextSpan diagnostic, TextSpan requested) =>
        diagnostic.IntersectsWith(requested) || diagnostic.Start == requested.Start || diagnostic.End == requested.Start
        || (requested.Length == 0 && diagnostic.Contains(requested.Start));
}
