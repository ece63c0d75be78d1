using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.LanguageServer.Protocol;
using PilotSpec.LanguageServer.Workspace;

namespace PilotSpec.LanguageServer.Features.Symbols;

/// <summary>The outline: declarations as the file nests them, read from the syntax tree so that it works on broken text too.</summary>
public static class DocumentSymbolProvider
{
    public static DocumentSymbol[] Hierarchical(DocumentAnalysis analysis) =>
        analysis.Tree.Root.Members.OfType<DeclarationSyntax>().Select(d => ToSymbol(d, analysis)).ToArray();

    public static SymbolInformation[] Flat(DocumentAnalysis analysis)
    {
        var result = new List<SymbolInformation>();
        void Walk(IEnumerable<DeclarationSyntax> declarations, string? container)
        {
            foreach (var declaration in declarations)
            {
                var name = NameOf(declaration);
                result.Add(new SymbolInformation(name, KindOf(declaration), new Location(analysis.Document.Uri, analysis.LineIndex.ToRange(declaration.Span)), container));
                Walk(declaration.NestedDeclarations, name);
            }
        }

        Walk(analysis.Tree.Root.Members.OfType<DeclarationSyntax>(), null);
        return result.ToArray();
    }

    private static DocumentSymbol ToSymbol(DeclarationSyntax declaration, DocumentAnalysis analysis)
    {
        var range = analysis.LineIndex.ToRange(declaration.Span);
        var selection = declaration.Identifier.IsMissing ? declaration.Keyword.Span : declaration.Identifier.Span;
        var children = declaration.NestedDeclarations.Select(d => ToSymbol(d, analysis)).ToArray();
        return new DocumentSymbol(
            NameOf(declaration),
            declaration.Title?.Value as string,
            KindOf(declaration),
            range,
            analysis.LineIndex.ToRange(selection),
            children.Length == 0 ? null : children);
    }

    // LSP requires a non-empty name; an unfinished declaration still shows.
    private static string NameOf(DeclarationSyntax declaration) =>
        declaration.Identifier.IsMissing || declaration.Identifier.Text.Length == 0 ? $"({declaration.Keyword.Text})" : declaration.Identifier.Text;

    private static LspSymbolKind KindOf(DeclarationSyntax declaration) =>
        SymbolFacts.KindOf(declaration.Kind) is { } kind ? SymbolKinds.ToLsp(kind) : LspSymbolKind.Object;
}
