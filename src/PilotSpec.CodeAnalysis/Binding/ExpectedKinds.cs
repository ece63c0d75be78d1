using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PilotSpec.CodeAnalysis.Diagnostics;

namespace PilotSpec.CodeAnalysis.Binding;

/// <summary>What kinds a name may refer to here: "an indicator", "a wave or a site" / "指标", "批次或地点".</summary>
public sealed class ExpectedKinds : ILocalizable
{
    public ExpectedKinds(IEnumerable<SymbolKind> kinds) => Kinds = kinds.Distinct().ToArray();

    public IReadOnlyList<SymbolKind> Kinds { get; }

    public string ToString(CultureInfo culture)
    {
        var parts = Kinds.Select(k => DiagnosticResources.GetString("KindWithArticle_" + k, culture)).ToList();
        if (parts.Count == 0)
        {
            return DiagnosticResources.GetString("KindWithArticle_Any", culture);
        }

        if (parts.Count == 1)
        {
            return parts[0];
        }

        var separator = DiagnosticResources.GetString("Expected_ListSeparator", culture);
        return string.Format(culture, DiagnosticResources.GetString("Expected_Or", culture), string.Join(separator, parts.Take(parts.Count - 1)), parts[parts.Count - 1]);
    }

    public override string ToString() => ToString(CultureInfo.InvariantCulture);
}
