using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.LanguageServer.Protocol;
using PilotSpec.LanguageServer.Workspace;

namespace PilotSpec.LanguageServer.Features.Navigation;

/// <summary>Go to definition: a name to its declaration, an import's path to the imported file.</summary>
public static class DefinitionProvider
{
    public static Location[] Find(DocumentAnalysis analysis, Position position)
    {
        if (SymbolLookup.Find(analysis, position) is { } found)
        {
            var location = SymbolLookup.ToLocation(analysis, found.Symbol.Location.FilePath, found.Symbol.Location.Span);
            return location is null ? Array.Empty<Location>() : new[] { location };
        }

        var offset = analysis.LineIndex.ToOffset(position);
        var token = analysis.Tree.Root.FindToken(Math.Min(offset, analysis.Tree.Root.FullSpan.End));
        if (token is { Kind: SyntaxKind.StringLiteralToken, Parent: ImportDirectiveSyntax import } && token.Value is string relative && relative.Length > 0)
        {
            var resolver = analysis.Compilation.Options.SourceResolver;
            var path = resolver.ResolvePath(analysis.Document.Path, relative);
            if (analysis.TreeOf(path) is not null || analysis.Snapshot.FindByPath(path) is not null || File.Exists(path))
            {
                var start = new Position(0, 0);
                return new[] { new Location(analysis.Snapshot.UriOf(path), new Protocol.Range(start, start)) };
            }
        }

        return Array.Empty<Location>();
    }
}
