using System.Collections.Generic;
using System.Linq;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Binding;

/// <summary>
/// The properties of one declaration, checked against <see cref="PropertyCatalog"/>:
/// unknown names (with a suggestion) and repeated ones are reported here, once.
/// </summary>
internal sealed class PropertySet
{
    // A declaration has a handful of properties: a list searched in order is cheaper than a
    // dictionary per declaration (tens of thousands of them in a big spec), and keeps
    // first-written order for Extra.
    private readonly List<(string Name, List<PropertySyntax> Properties)> _byName = new();

    public PropertySet(Symbol symbol, DiagnosticBag diagnostics)
    {
        foreach (var property in symbol.Declaration.Properties)
        {
            var name = property.NameToken.Text;
            if (property.NameToken.IsMissing)
            {
                continue;
            }

            var info = PropertyCatalog.Find(symbol.Kind, name);
            if (info is null && !PropertyCatalog.AcceptsAnyProperty(symbol.Kind))
            {
                var suggestion = NameSuggester.Suggest(name, PropertyCatalog.For(symbol.Kind).Select(p => p.Name));
                if (suggestion is null)
                {
                    diagnostics.Report(DiagnosticDescriptors.UnknownProperty, property.NameToken, name, SymbolFacts.KindName(symbol, indefinite: true));
                }
                else
                {
                    diagnostics.Report(DiagnosticDescriptors.UnknownPropertyWithSuggestion, property.NameToken, CodeFix.Replace("Fix_Rename", property.NameToken.Span, suggestion, suggestion), name, SymbolFacts.KindName(symbol, indefinite: true), suggestion);
                }

                continue;
            }

            var list = Find(name);
            if (list is null)
            {
                list = new List<PropertySyntax>(1);
                _byName.Add((name, list));
            }
            else if (info is null || !info.Repeatable)
            {
                diagnostics.Report(DiagnosticDescriptors.DuplicateProperty, property.NameToken, name, SymbolFacts.KindName(symbol));
                continue;
            }

            list.Add(property);
        }
    }

    public PropertySyntax? Single(string name) => Find(name)?[0];

    public IReadOnlyList<PropertySyntax> All(string name) =>
        Find(name) ?? (IReadOnlyList<PropertySyntax>)System.Array.Empty<PropertySyntax>();

    /// <summary>Properties not in the catalogue (a site's free attributes).</summary>
    public IEnumerable<PropertySyntax> Extra(SymbolKind kind)
    {
        foreach (var (name, properties) in _byName)
        {
            if (PropertyCatalog.Find(kind, name) is null)
            {
                foreach (var property in properties)
                {
                    yield return property;
                }
            }
        }
    }

    private List<PropertySyntax>? Find(string name)
    {
        foreach (var (key, properties) in _byName)
        {
            if (string.Equals(key, name, System.StringComparison.Ordinal))
            {
                return properties;
            }
        }

        return null;
    }
}
