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
    private readonly Dictionary<string, List<PropertySyntax>> _byName = new();

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

            if (!_byName.TryGetValue(name, out var list))
            {
                list = new List<PropertySyntax>();
                _byName.Add(name, list);
            }
            else if (info is null || !info.Repeatable)
            {
                diagnostics.Report(DiagnosticDescriptors.DuplicateProperty, property.NameToken, name, SymbolFacts.KindName(symbol));
                continue;
            }

            list.Add(property);
        }
    }

    public PropertySyntax? Single(string name) => _byName.TryGetValue(name, out var list) ? list[0] : null;

    public IReadOnlyList<PropertySyntax> All(string name) =>
        _byName.TryGetValue(name, out var list) ? list : (IReadOnlyList<PropertySyntax>)System.Array.Empty<PropertySyntax>();

    /// <summary>Properties not in the catalogue (a site's free attributes).</summary>
    public IEnumerable<PropertySyntax> Extra(SymbolKind kind) =>
        _byName.Where(p => PropertyCatalog.Find(kind, p.Key) is null).SelectMany(p => p.Value);
}
