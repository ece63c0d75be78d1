using PilotSpec.CodeAnalysis.Formatting;
using PilotSpec.LanguageServer.Protocol;
using PilotSpec.LanguageServer.Workspace;

namespace PilotSpec.LanguageServer.Features.Formatting;

/// <summary>
/// `textDocument/formatting`: the CLI's formatter (`pilotc format`), so the editor and CI
/// agree on layout. A document with syntax errors is left as it is (no edits), as the
/// formatter never guesses around broken text.
/// </summary>
public static class DocumentFormatter
{
    public static TextEdit[] Format(DocumentAnalysis analysis)
    {
        var result = SpecFormatter.Format(analysis.Tree);
        if (!result.IsChanged)
        {
            return [];
        }

        return result.GetTextChanges()
            .Select(change => new TextEdit(analysis.LineIndex.ToRange(change.Span), change.NewText ?? string.Empty))
            .ToArray();
    }
}
