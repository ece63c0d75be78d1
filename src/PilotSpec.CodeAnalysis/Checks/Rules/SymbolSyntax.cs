using System.Linq;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>Finds where, inside a declaration, another symbol is named, so findings land on that name.</summary>
internal static class SymbolSyntax
{
    public static SyntaxNode NameOf(Symbol container, Symbol referenced) =>
        (SyntaxNode?)container.Declaration.DescendantTokens()
            .FirstOrDefault(t => t.Kind == SyntaxKind.IdentifierToken && t.Text == referenced.Name && !ReferenceEquals(t, container.Declaration.Identifier))
        ?? container.Declaration.Identifier;
}
