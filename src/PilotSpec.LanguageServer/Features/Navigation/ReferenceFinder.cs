using Microsoft.CodeAnalysis.Text;
using PilotSpec.LanguageServer.Protocol;
using PilotSpec.LanguageServer.Workspace;

namespace PilotSpec.LanguageServer.Features.Navigation;

/// <summary>One place a symbol is named: the file, the span, and whether it is the declaration.</summary>
public sealed record SymbolReference(string Path, TextSpan Span, bool IsDeclaration, Location Location);

/// <summary>
/// Every place a symbol is named: in this document's compilation (the document and what
/// it imports) and in every other open document whose compilation reads the file that
/// declares it (the files that import it).
/// </summary>
public static class ReferenceFinder
{
    public static Location[] FindLocations(DocumentAnalysis analysis, Position position, bool includeDeclaration, CancellationToken cancellationToken) =>
        SymbolLookup.Find(analysis, position) is { } found
            ? Find(analysis, found, cancellationToken).Where(r => includeDeclaration || !r.IsDeclaration).Select(r => r.Location).ToArray()
            : Array.Empty<Location>();

    public static IReadOnlyList<SymbolReference> Find(DocumentAnalysis analysis, SymbolAtCaret found, CancellationToken cancellationToken)
    {
        var key = SymbolLookup.Key(found.Symbol);
        var results = new List<SymbolReference>();
        var seen = new HashSet<(string, int, int)>();

        void Collect(DocumentAnalysis source, PilotSpec.CodeAnalysis.Binding.Symbol symbol)
        {
            foreach (var location in source.Model.FindReferences(symbol, includeDeclaration: true))
            {
                if (!seen.Add((location.FilePath, location.Span.Start, location.Span.Length)))
                {
                    continue;
                }

                if (SymbolLookup.ToLocation(source, location.FilePath, location.Span) is { } lsp)
                {
                    var isDeclaration = location.FilePath == key.Path && location.Span.Start == key.Start;
                    results.Add(new SymbolReference(location.FilePath, location.Span, isDeclaration, lsp));
                }
            }
        }

        Collect(analysis, found.Symbol);
        foreach (var other in analysis.Snapshot.Documents.Values.OrderBy(d => d.Uri, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (ReferenceEquals(other, analysis.Document))
            {
                continue;
            }

            var otherAnalysis = analysis.Snapshot.GetAnalysis(other);
            if (otherAnalysis.TreeOf(key.Path) is not null && SymbolLookup.FindSame(otherAnalysis, key) is { } same)
            {
                Collect(otherAnalysis, same);
            }
        }

        return results
            .OrderBy(r => r.Location.Uri, StringComparer.Ordinal)
            .ThenBy(r => r.Span.Start)
            .ToList();
    }
}
