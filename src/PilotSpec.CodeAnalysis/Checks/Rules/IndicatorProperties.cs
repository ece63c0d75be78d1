using System.Linq;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>Finds the syntax of an indicator's properties, so a finding lands on the value, not the declaration.</summary>
internal static class IndicatorProperties
{
    public static PropertyValueSyntax? Value(Symbol symbol, string property) =>
        symbol.Declaration.Properties.FirstOrDefault(p => p.NameToken.Text == property) is { Values.Count: > 0 } found
            ? found.Values[0]
            : null;

    public static SyntaxNode Location(Symbol symbol, string property) =>
        (SyntaxNode?)Value(symbol, property)?.Expression ?? symbol.Declaration.Identifier;
}
