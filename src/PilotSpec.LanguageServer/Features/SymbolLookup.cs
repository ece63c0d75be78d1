using Microsoft.CodeAnalysis.Text;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.LanguageServer.Protocol;
using PilotSpec.LanguageServer.Workspace;

namespace PilotSpec.LanguageServer.Features;

/// <summary>A name under the caret and the symbol it declares or refers to.</summary>
public sealed record SymbolAtCaret(Symbol Symbol, SyntaxToken Token, bool IsDeclaration);

/// <summary>Finding what is under the caret, and turning compiler locations into LSP ones.</summary>
public static class SymbolLookup
{
    /// <summary>
    /// The token at <paramref name="offset"/>, or the one just before it when the caret sits
    /// right after a word (where an editor's caret is after typing or double-clicking).
    /// </summary>
    public static SyntaxToken TokenAt(SyntaxTree tree, int offset)
    {
        offset = Math.Clamp(offset, 0, tree.Root.FullSpan.End);
        var token = tree.Root.FindToken(offset);
        if ((!token.Span.Contains(offset) || !IsWord(token)) && offset > 0)
        {
            var before = tree.Root.FindToken(offset - 1);
            if (before.Span.End == offset && IsWord(before))
            {
                return before;
            }
        }

        return token;
    }

    public static bool IsWord(SyntaxToken token) =>
        !token.IsMissing && (token.Kind == SyntaxKind.IdentifierToken || SyntaxFacts.IsKeyword(token.Kind));

    public static SymbolAtCaret? Find(DocumentAnalysis analysis, Position position)
    {
        var offset = analysis.LineIndex.ToOffset(position);
        var token = TokenAt(analysis.Tree, offset);
        if (token.IsMissing || !(token.Span.Contains(offset) || token.Span.End == offset))
        {
            return null;
        }

        var symbol = analysis.Model.GetSymbol(token);
        if (symbol is null)
        {
            return null;
        }

        var isDeclaration = token.Parent is DeclarationSyntax declaration && ReferenceEquals(declaration.Identifier, token);
        return new SymbolAtCaret(symbol, token, isDeclaration);
    }

    /// <summary>Identifies a symbol across compilations (each open document compiles its own copy of an imported file).</summary>
    public static (string Path, int Start, string Name) Key(Symbol symbol) => (symbol.Location.FilePath, symbol.Location.Span.Start, symbol.Name);

    public static Symbol? FindSame(DocumentAnalysis analysis, (string Path, int Start, string Name) key) =>
        analysis.Compilation.Program.Table.Symbols.FirstOrDefault(s => Key(s) == key);

    /// <summary>An LSP location for a span in any file of the analysis's compilation.</summary>
    public static Location? ToLocation(DocumentAnalysis analysis, string path, TextSpan span)
    {
        var text = analysis.TreeOf(path)?.Text ?? analysis.Snapshot.FindByPath(path)?.Text;
        if (text is null)
        {
            return null;
        }

        return new Location(analysis.Snapshot.UriOf(path), analysis.Snapshot.LineIndexOf(text).ToRange(span));
    }
}
