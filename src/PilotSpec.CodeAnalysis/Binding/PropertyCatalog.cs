using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;

namespace PilotSpec.CodeAnalysis.Binding;

/// <summary>
/// Which properties each kind of declaration takes. The grammar accepts any `name: value`;
/// this table is where a misspelt or misplaced property is caught, and where completion
/// finds what may be written next.
/// </summary>
public static class PropertyCatalog
{
    private static readonly ImmutableDictionary<SymbolKind, ImmutableArray<PropertyInfo>> Properties =
        new Dictionary<SymbolKind, ImmutableArray<PropertyInfo>>
        {
            [SymbolKind.Pilot] = Make("owner", "sponsor", "partners", "problem", "description", "start", "end"),
            [SymbolKind.Goal] = Make("parent", "measures", "description"),
            [SymbolKind.Indicator] = Make("unit", "better", "baseline", "target", "measured", "source", "responsible", "formula", "disaggregate", "weight", "description", "stale_after", "roll_up", "grades", "round_to", "range"),
            [SymbolKind.Site] = Make("level", "region", "role", "parent", "population", "field", "description"),
            [SymbolKind.Wave] = Make("sites", "description"),
            [SymbolKind.Phase] = Make("start", "after", "duration", "end", "in", "stagger", "lag", "activities", "entry", "exit", "description"),
            [SymbolKind.Alert] = Make("when", "notify", "severity", "description"),
            [SymbolKind.Evaluation] = Make("method", "window", "require*", "decide*", "otherwise", "consequence*", "description"),
            [SymbolKind.Stakeholder] = Make("role", "contact", "description"),
        }.ToImmutableDictionary();

    // Find runs for every property of every declaration, and again in the checks.
    private static readonly Dictionary<string, PropertyInfo>[] ByName = Enumerable
        .Range(0, System.Enum.GetNames(typeof(SymbolKind)).Length)
        .Select(kind => Properties[(SymbolKind)kind].ToDictionary(p => p.Name, System.StringComparer.Ordinal))
        .ToArray();

    /// <summary>The properties a declaration kind takes, in the order a spec usually writes them.</summary>
    public static ImmutableArray<PropertyInfo> For(SymbolKind kind) => Properties[kind];

    public static PropertyInfo? Find(SymbolKind kind, string name) =>
        ByName[(int)kind].TryGetValue(name, out var info) ? info : null;

    /// <summary>Sites carry arbitrary attributes (population, field, anything a designer tracks).</summary>
    public static bool AcceptsAnyProperty(SymbolKind kind) => kind == SymbolKind.Site;

    private static ImmutableArray<PropertyInfo> Make(params string[] names) =>
        names.Select(n => n.EndsWith("*", System.StringComparison.Ordinal) ? new PropertyInfo(n.TrimEnd('*'), true) : new PropertyInfo(n, false)).ToImmutableArray();
}

/// <summary>A property name and whether it may be given more than once (`require:` may).</summary>
public sealed record PropertyInfo(string Name, bool Repeatable);
