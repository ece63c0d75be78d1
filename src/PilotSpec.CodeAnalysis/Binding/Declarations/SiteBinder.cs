using System.Collections.Immutable;
using System.Linq;

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

        site.Attributes = properties.Extra(SymbolKind.Site)
            .Concat(new[] { properties.Single("population"), properties.Single("field") }.Where(p => p is not null)!)
            .GroupBy(p => p!.NameToken.Text)
            .ToImmutableDictionary(g => g.Key, g => string.Join(", ", g.First()!.Values.Select(v => Emit.JsonSchedule.SpecText.Of(v))));
    }
}
