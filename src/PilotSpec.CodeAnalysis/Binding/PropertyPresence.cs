using System.Linq;

namespace PilotSpec.CodeAnalysis.Binding;

/// <summary>
/// Whether a declaration writes a property, for the checks that report a missing one
/// (no baseline, no owner, no `when:`). A misspelling close enough for PS0108 to suggest
/// the property counts as written: the spec writer gave it, under a wrong name, and one
/// mistake gets one diagnostic.
/// </summary>
internal static class PropertyPresence
{
    public static bool IsWritten(Symbol symbol, string property) =>
        symbol.Declaration.Properties.Any(p => !p.NameToken.IsMissing && (p.NameToken.Text == property || SuggestedFor(symbol, p.NameToken.Text) == property));

    /// <summary>True when the property is not written under its own name but misspelt (and PS0108 says so).</summary>
    public static bool IsMisspelt(Symbol symbol, string property) =>
        IsWritten(symbol, property) && !symbol.Declaration.Properties.Any(p => p.NameToken.Text == property);

    // The suggestion PropertySet reports with PS0108, if the name is unknown.
    private static string? SuggestedFor(Symbol symbol, string name) =>
        PropertyCatalog.Find(symbol.Kind, name) is null && !PropertyCatalog.AcceptsAnyProperty(symbol.Kind)
            ? NameSuggester.Suggest(name, PropertyCatalog.For(symbol.Kind).Select(p => p.Name))
            : null;
}
