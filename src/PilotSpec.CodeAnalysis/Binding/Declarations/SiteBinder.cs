using System.Collections.Immutable;
using System.Linq;

namespace PilotSpec.CodeAnalysis.Binding.Declarations;

internal static class SiteBinder
{
    private static readonly string[] Roles = { "pilot", "comparison", "treatment", "control" };

    public static void Bind(SiteSymbol site, Symbol? container, PropertySet properties, ValueReader values)
    {
        site.Level = values.Text(properties.Single("level"));
        site.Region = values.Text(properties.Single("region"));
        site.Role = values.Word(properties.Single("role"), Roles) is "comparison" or "control" ? SiteRole.Comparison : SiteRole.Pilot;

        var parent = properties.Single("parent");
        site.ParentSite = parent is null
            ? container as SiteSymbol
            : values.Reference<SiteSymbol>(parent, ValueReader.First(parent), SymbolKind.Site);

        site.Attributes = properties.Extra(SymbolKind.Site)
            .Concat(new[] { properties.Single("population"), properties.Single("field") }.Where(p => p is not null)!)
            .GroupBy(p => p!.NameToken.Text)
            .ToImmutableDictionary(g => g.Key, g => string.Join(", ", g.First()!.Values.Select(v => v.ToString())));
    }
}
