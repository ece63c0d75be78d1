using System.Linq;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>
/// Whether the binder already reported a mistake in a piece of a spec (a misspelt name, a
/// word not in the vocabulary). A check that depends on that piece then stays quiet: what
/// the writer meant is unknown, and one mistake gets one diagnostic.
/// </summary>
internal static class ReportedAlready
{
    public static bool Within(RuleContext context, SyntaxNode? node) =>
        node is not null && !context.Program.Diagnostics.IsEmpty
        && context.BindingDiagnosticSpans.AnyWithin(node.SyntaxTree.FilePath, node.FullSpan);

    /// <summary>True when the property is misspelt, or its value could not be bound.</summary>
    public static bool InProperty(RuleContext context, Symbol symbol, string property) =>
        PropertyPresence.IsMisspelt(symbol, property)
        || Within(context, symbol.Declaration.Properties.FirstOrDefault(p => p.NameToken.Text == property));
}
