using PilotSpec.LanguageServer.Protocol;
using PilotSpec.LanguageServer.Workspace;

namespace PilotSpec.LanguageServer.Features.Symbols;

/// <summary>
/// Symbol search over every open document and the files they import. A query matches a
/// name that contains its characters in order, ignoring case (`clrt` finds clearance_rate).
/// </summary>
public static class WorkspaceSymbolProvider
{
    private const int MaxResults = 500;

    public static SymbolInformation[] Find(WorkspaceSnapshot snapshot, string query, CancellationToken cancellationToken)
    {
        var seen = new HashSet<(string, int, string)>();
        var results = new List<SymbolInformation>();
        foreach (var document in snapshot.Documents.Values.OrderBy(d => d.Uri, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var analysis = snapshot.GetAnalysis(document);
            foreach (var symbol in analysis.Compilation.Program.Table.Symbols)
            {
                if (!Matches(symbol.Name, query) || !seen.Add(SymbolLookup.Key(symbol)))
                {
                    continue;
                }

                if (SymbolLookup.ToLocation(analysis, symbol.Location.FilePath, symbol.Declaration.Span) is { } location)
                {
                    var container = symbol.Declaration.Ancestors().OfType<PilotSpec.CodeAnalysis.Syntax.DeclarationSyntax>().FirstOrDefault();
                    results.Add(new SymbolInformation(symbol.Name, SymbolKinds.ToLsp(symbol.Kind), location, container?.Identifier.Text));
                    if (results.Count >= MaxResults)
                    {
                        return results.ToArray();
                    }
                }
            }
        }

        return results.ToArray();
    }

    public static bool Matches(string name, string query)
    {
        var at = 0;
        foreach (var c in query)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            at = name.IndexOf(c.ToString(), at, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                return false;
            }

            at++;
        }

        return true;
    }
}
