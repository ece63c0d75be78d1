using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Binding.Bound;
using static PilotSpec.CodeAnalysis.Emit.CSharpMonitor.CSharpLiterals;

namespace PilotSpec.CodeAnalysis.Emit.CSharpMonitor;

/// <summary>
/// The site sets that quantifiers range over, each written once as a named field of the
/// monitor's <c>Spec</c> class and referred to by that name: <c>PilotSites</c> for
/// <c>at 80% of sites</c>, <c>SitesIn_FirstWave</c> for <c>at all sites in first_wave</c>.
/// Listing the sites at every alert and criterion made the monitor grow with sites × alerts
/// (quadratic in a spec whose alerts grow with its sites); with the sets named, it grows with
/// sites + references. A quantifier over one named site keeps its one-element array inline:
/// it is as short as a name, and says which site.
/// </summary>
internal sealed class MonitorSiteSets
{
    private const string PilotSitesKey = "pilot";

    private readonly Func<SiteSymbol, string> _siteField;
    private readonly CSharpNameScope _names = new("Definition");
    private readonly Dictionary<string, SiteSet> _byKey = new(StringComparer.Ordinal);
    private readonly List<SiteSet> _inOrder = new();

    /// <param name="siteField">The field of a site in <c>Spec</c>: <c>Site_Riverside</c>.</param>
    public MonitorSiteSets(Func<SiteSymbol, string> siteField)
    {
        _siteField = siteField;
    }

    /// <summary>The C# type of a set's field: read-only, since every quantifier shares it.</summary>
    public static string FieldType => "global::System.Collections.Generic.IReadOnlyList<" + Runtime + "Site>";

    /// <summary>The sets referred to so far, in the order of their first reference (spec order: deterministic).</summary>
    public IReadOnlyList<SiteSet> Sets => _inOrder;

    /// <summary>The sites a quantifier ranges over, as a C# expression: a set's name, or a one-site array.</summary>
    public string Of(BoundQuantified quantified)
    {
        if (quantified.Scope is SiteSymbol site)
        {
            return Inline(site);
        }

        return Register(KeyOf(quantified.Scope), () => NameAndSummary(quantified.Scope), () => quantified.Sites).Name;
    }

    /// <summary>The name of the set a quantifier ranges over; null for a quantifier over one named site.</summary>
    public string? Named(BoundQuantified quantified) => quantified.Scope is SiteSymbol ? null : Of(quantified);

    /// <summary>
    /// The sites whose data dates the latest period of a sustained condition: all the sites its
    /// quantifiers range over, or every pilot site when it has none.
    /// </summary>
    public string OfAll(IReadOnlyList<BoundQuantified> quantifiers, ImmutableArray<SiteSymbol> pilotSites)
    {
        if (quantifiers.Count == 0)
        {
            return Register(PilotSitesKey, () => NameAndSummary(null), () => pilotSites).Name;
        }

        var distinct = quantifiers.GroupBy(q => KeyOf(q.Scope), StringComparer.Ordinal).Select(g => g.First()).ToList();
        if (distinct.Count == 1)
        {
            return Of(distinct[0]);
        }

        // Several ranges, as in `(a at all sites in w1 and b at any site in w2) for 2 months`: their union, once per combination.
        var key = string.Join("\n", distinct.Select(q => KeyOf(q.Scope)));
        return Register(
            key,
            () =>
            {
                var parts = distinct.Select(q => q.Scope?.Name ?? "pilot_sites").ToList();
                var name = _names.Add(string.Join("_and_", parts), "SitesIn_");
                return (name, "The sites of a sustained condition that quantifies over " + string.Join(", ", distinct.Select(q => Describe(q.Scope))) + ": the sites whose data dates its latest period.");
            },
            () => distinct.SelectMany(q => q.Sites).Distinct().ToImmutableArray()).Name;
    }

    /// <summary>A one-element array for the current site of a per-site condition (a lambda parameter).</summary>
    public static string InlineParameter(string site) => "new " + Runtime + "Site[] { " + site + " }";

    /// <summary>The initializer of a set's field: the array of its sites' fields.</summary>
    public string Initializer(SiteSet set) =>
        "new " + Runtime + "Site[] { " + string.Join(", ", set.Sites.Select(_siteField)) + " }";

    private string Inline(SiteSymbol site) => InlineParameter(_siteField(site));

    private SiteSet Register(string key, Func<(string Name, string Summary)> describe, Func<ImmutableArray<SiteSymbol>> sites)
    {
        if (!_byKey.TryGetValue(key, out var set))
        {
            var (name, summary) = describe();
            set = new SiteSet(name, summary, sites());
            _byKey.Add(key, set);
            _inOrder.Add(set);
        }

        return set;
    }

    private (string Name, string Summary) NameAndSummary(Symbol? scope) => scope switch
    {
        null => (_names.Add("pilot_sites"), "The pilot sites (comparison sites excluded): what a quantifier without `in` ranges over, as in `at 80% of sites`."),
        _ => (_names.Add(scope.Name, "SitesIn_"), $"The sites of {Describe(scope)}: what `... sites in {scope.Name}` ranges over."),
    };

    private static string Describe(Symbol? scope) => scope switch
    {
        null => "all pilot sites",
        WaveSymbol { IsGroup: true } group => "group " + group.Name + TitleSuffix(group),
        WaveSymbol wave => "wave " + wave.Name + TitleSuffix(wave),
        _ => "site " + scope.Name,
    };

    private static string TitleSuffix(Symbol symbol) => symbol.Title is { } title ? " (" + title + ")" : string.Empty;

    // Scopes are named uniquely within their kind; waves and groups share one kind.
    private static string KeyOf(Symbol? scope) => scope switch
    {
        null => PilotSitesKey,
        WaveSymbol wave => "wave:" + wave.Name,
        _ => "site:" + scope.Name,
    };
}

/// <summary>One named site set: its field in <c>Spec</c>, the comment above it, and its sites in order.</summary>
internal sealed record SiteSet(string Name, string Summary, ImmutableArray<SiteSymbol> Sites);
