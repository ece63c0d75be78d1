using System.Collections.Generic;
using System.Collections.Immutable;
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
    // A declaration has a handful of properties: an array searched in order is cheaper than a
    // dictionary of lists per declaration (tens of thousands of them in a big spec), and keeps
    // first-written order for Extra. Only a repeatable property given twice gets a list.
    private readonly Entry[] _entries;
    private readonly int _count;

    public PropertySet(Symbol symbol, DiagnosticBag diagnostics)
    {
        var members = symbol.Declaration.Body?.Members ?? ImmutableArray<MemberSyntax>.Empty;
        var capacity = 0;
        foreach (var member in members)
        {
            capacity += member is PropertySyntax ? 1 : 0;
        }

        _entries = capacity == 0 ? System.Array.Empty<Entry>() : new Entry[capacity];
        foreach (var member in members)
        {
            if (member is not PropertySyntax property)
            {
                continue;
            }

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

            var index = IndexOf(name);
            if (index < 0)
            {
                _entries[_count++] = new Entry(name, property);
            }
            else if (info is null || !info.Repeatable)
            {
                diagnostics.Report(DiagnosticDescriptors.DuplicateProperty, property.NameToken, name, SymbolFacts.KindName(symbol));
            }
            else
            {
                ref var entry = ref _entries[index];
                entry.All ??= new List<PropertySyntax> { entry.First };
                entry.All.Add(property);
            }
        }
    }

    public PropertySyntax? Single(string name)
    {
        var index = IndexOf(name);
        return index < 0 ? null : _entries[index].First;
    }

    public IReadOnlyList<PropertySyntax> All(string name)
    {
        var index = IndexOf(name);
        return index < 0 ? System.Array.Empty<PropertySyntax>()
            : (IReadOnlyList<PropertySyntax>?)_entries[index].All ?? new[] { _entries[index].First };
    }

    /// <summary>Properties not in the catalogue (a site's free attributes), in the order written.</summary>
    public IReadOnlyList<PropertySyntax> Extra(SymbolKind kind)
    {
        List<PropertySyntax>? extra = null;
        for (var i = 0; i < _count; i++)
        {
            if (PropertyCatalog.Find(kind, _entries[i].Name) is null)
            {
                extra ??= new List<PropertySyntax>();
                if (_entries[i].All is { } all)
                {
                    extra.AddRange(all);
                }
                else
                {
                    extra.Add(_entries[i].First);
                }
            }
        }

        return (IReadOnlyList<PropertySyntax>?)extra ?? System.Array.Empty<PropertySyntax>();
    }

    private int IndexOf(string name)
    {
        for (var i = 0; i < _count; i++)
        {
            if (string.Equals(_entries[i].Name, name, System.StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    private struct Entry
    {
        public Entry(string name, PropertySyntax first)
        {
            Name = name;
            First = first;
            All = null;
        }

        public string Name;
        public PropertySyntax First;

        // Every property of the name, once a repeatable one is given twice.
        public List<PropertySyntax>? All;
    }
}
