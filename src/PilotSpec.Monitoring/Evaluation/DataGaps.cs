using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace PilotSpec.Monitoring;

/// <summary>
/// The values an evaluation needed and did not have, noted while it reads the data, so that an
/// unknown outcome can say which sites and indicators would settle it. One collector per
/// evaluation (never shared): a site's gaps are kept only when that site's outcome stayed unknown.
/// </summary>
internal sealed class DataGaps
{
    private static readonly IReadOnlyList<DataGap> None = new DataGap[0];

    // Made on the first gap: an evaluation makes one collector per site and criterion, and most never note anything.
    private List<DataGap>? _gaps;
    private HashSet<(string Indicator, string Site)>? _seen;

    public IReadOnlyList<DataGap> Gaps => _gaps ?? None;

    public void Note(IndicatorDefinition indicator, Site site, DataGapKind kind)
    {
        _seen ??= new HashSet<(string, string)>();
        if (_seen.Add((indicator.Name, site.Code)))
        {
            (_gaps ??= new List<DataGap>()).Add(new DataGap(indicator, site, kind));
        }
    }

    public void AddRange(DataGaps other)
    {
        if (other._gaps is null)
        {
            return;
        }

        foreach (var gap in other._gaps)
        {
            Note(gap.Indicator, gap.Site, gap.Kind);
        }
    }
}

/// <summary>A value an evaluation needed: which indicator at which site, and why it was not there.</summary>
public sealed class DataGap
{
    /// <summary>Creates a gap.</summary>
    public DataGap(IndicatorDefinition indicator, Site site, DataGapKind kind)
    {
        Indicator = indicator ?? throw new ArgumentNullException(nameof(indicator));
        Site = site ?? throw new ArgumentNullException(nameof(site));
        Kind = kind;
    }

    /// <summary>The indicator.</summary>
    public IndicatorDefinition Indicator { get; }

    /// <summary>The site.</summary>
    public Site Site { get; }

    /// <summary>Why the value is not there.</summary>
    public DataGapKind Kind { get; }

    /// <inheritdoc/>
    public override string ToString() => Indicator.Name + " at " + Site.Code + " (" + Kind + ")";

    internal static IReadOnlyList<DataGap> ListOf(IEnumerable<DataGap> gaps) => new ReadOnlyCollection<DataGap>(gaps.ToArray());
}

/// <summary>Why a value an evaluation needed is not there.</summary>
public enum DataGapKind
{
    /// <summary>No observation (in the period, inside a sustained condition).</summary>
    Missing,

    /// <summary>The latest observation is older than the indicator's freshness limit.</summary>
    Stale,

    /// <summary>No baseline: the spec gives none and the site has no observation on or before the baseline date.</summary>
    NoBaseline,
}
