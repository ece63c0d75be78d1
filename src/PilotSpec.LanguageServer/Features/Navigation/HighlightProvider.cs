using PilotSpec.LanguageServer.Protocol;
using PilotSpec.LanguageServer.Workspace;

namespace PilotSpec.LanguageServer.Features.Navigation;

/// <summary>Highlights the other occurrences of the name under the caret in this document: the declaration as a write, uses as reads.</summary>
public static class HighlightProvider
{
    public static DocumentHighlight[] Find(DocumentAnalysis analysis, Position position)
    {
        if (SymbolLookup.Find(analysis, position) is not { } found)
        {
            return Array.Empty<DocumentHighlight>();
        }

        var declaration = found.Symbol.Location;
        return analysis.Model.FindReferences(found.Symbol, includeDeclaration: true)
            .Where(l => l.FilePath == analysis.Document.Path)
            .Select(l => new DocumentHighlight(
                analysis.LineIndex.ToRange(l.Span),
                l.FilePath == declaration.FilePath && l.Span == declaration.Span ? DocumentHighlightKind.Write : DocumentHighlightKind.Read))
            .ToArray();
    }
}
