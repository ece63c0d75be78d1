using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Binding.Declarations;

internal static class SiteBinder
{
    // `pilot` is a reserved word and cannot be written here: a pilot site simply has no role
    // (or `treatment`), so the message listing the roles must not offer it.
    private static readonly string[] Roles = { "comparison", "treatment", "control" };

    public static void Bind(SiteSymbol site, Symbol? container, PropertySet properties, ValueReader values)
    {
        site.Level = values.Text(properties.Single("level"));
        site.Region = values.Text(properties.Single("region"));
        site.Role = values.Word(properties.Single("role"), Roles) is "comparison" or "control" ? SiteRole.Comparison : SiteRole.Pilot;

        var parent = properties.Single("parent");
        site.ParentSite = parent is null
            ? container as SiteSymbol
            : values.Reference<SiteSymbol>(parent, ValueReader.First(parent), SymbolKind.Site);

        site.BindAttributes();
    }

    /// <summary>The site's attributes (see <see cref="SiteSymbol.Attributes"/>): read again from its properties, whose mistakes were reported while binding.</summary>
    internal static ImmutableDictionary<string, string> ReadAttributes(SiteSymbol site) =>
        Attributes(new PropertySet(site, new Diagnostics.DiagnosticBag()));

    // Free attributes, then population and field: each name once (its first property), its
    // values as written, comma-separated. Most sites have one or two, so the dictionary is
    // grown one entry at a time rather than through a grouping.
    private static ImmutableDictionary<string, string> Attributes(PropertySet properties)
    {
        var attributes = ImmutableDictionary<string, string>.Empty;
        foreach (var property in properties.Extra(SymbolKind.Site))
        {
            attributes = Add(attributes, property);
        }

        if (properties.Single("population") is { } population)
        {
            attributes = Add(attributes, population);
        }

        if (properties.Single("field") is { } field)
        {
            attributes = Add(attributes, field);
        }

        return attributes;
    }

    private static ImmutableDictionary<string, string> Add(ImmutableDictionary<string, string> attributes, PropertySyntax property) =>
        attributes.ContainsKey(property.NameToken.Text) ? attributes : attributes.Add(property.NameToken.Text, ValuesText(property));

    private static string ValuesText(PropertySyntax property)
    {
        var values = property.Values;
        if (values.Count == 1)
        {
            return Emit.JsonSchedule.SpecText.Of(values[0]);
        }

        var texts = new string[values.Count];
        for (var i = 0; i < texts.Length; i++)
        {
            texts[i] = Emit.JsonSchedule.SpecText.Of(values[i]);
        }

        return string.Join(", ", texts);
    }
}
