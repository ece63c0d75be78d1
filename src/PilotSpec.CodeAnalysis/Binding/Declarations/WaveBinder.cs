using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Binding.Declarations;

/// <summary>A wave's sites: `wave first = [a, b]`, `wave first = a`, or `sites: a, b` in its body.</summary>
internal static class WaveBinder
{
    // Resolve takes its kinds as an array: one shared array, not one per listed site.
    private static readonly SymbolKind[] SiteKind = { SymbolKind.Site };

    public static void Bind(WaveSymbol wave, PropertySet properties, ValueReader values, BindingContext context)
    {
        var sites = new List<SiteSymbol>();
        var listed = new HashSet<SiteSymbol>(); // a site listed twice counts once; a set keeps a national wave linear
        var declaration = (WaveDeclarationSyntax)wave.Declaration;
        if (declaration.Value is { } value)
        {
            var items = value is ListExpressionSyntax list ? (IEnumerable<ExpressionSyntax>)list.Items : new[] { value };
            foreach (var item in items)
            {
                AddSite(item, sites, listed, context, values, null);
            }
        }

        var property = properties.Single("sites");
        if (property is not null)
        {
            foreach (var item in property.Values)
            {
                AddSite(item.Expression, sites, listed, context, values, property);
            }
        }

        wave.Sites = sites.ToImmutableArray();
    }

    /// <summary>
    /// True when the spec lists at least one entry for the wave (`= [a]`, `sites: a`), right or
    /// wrong; `= []` and a body without `sites:` list none. Entries that failed to bind were
    /// reported where they are written, so an empty wave that lists some needs no second word.
    /// </summary>
    public static bool ListsAnySite(WaveSymbol wave)
    {
        var declaration = (WaveDeclarationSyntax)wave.Declaration;
        var listed = declaration.Value switch
        {
            null => false,
            ListExpressionSyntax list => list.Items.Count > 0,
            _ => true,
        };
        return listed || wave.Declaration.Properties.Any(p => p.NameToken.Text == "sites" && p.Values.Count > 0);
    }

    private static void AddSite(ExpressionSyntax item, List<SiteSymbol> sites, HashSet<SiteSymbol> listed, BindingContext context, ValueReader values, PropertySyntax? property)
    {
        if (item is NameExpressionSyntax name)
        {
            if (context.Resolve(name.IdentifierToken, SiteKind) is SiteSymbol site && listed.Add(site))
            {
                sites.Add(site);
            }
        }
        else if (!ValueReader.IsMissing(item))
        {
            context.Diagnostics.Report(Diagnostics.DiagnosticDescriptors.InvalidPropertyValue, item, property?.NameToken.Text ?? "=", new Diagnostics.Phrase("Expect_SiteNames"));
        }
    }
}
