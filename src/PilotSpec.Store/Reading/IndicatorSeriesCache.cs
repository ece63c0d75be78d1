using PilotSpec.Monitoring;

namespace PilotSpec.Store.Reading;

/// <summary>
/// The evaluation engine's view of a database: when it asks for one site's series of an
/// indicator, the whole indicator is read in one query (every site, in key order) and kept.
/// Evaluations walk criterion by criterion over all sites, so one query per indicator replaces
/// one per site. Memory is bounded by a budget of observations: indicators are kept as they are
/// read until the budget is full and stay for the rest of the run, and beyond it only the last
/// <see cref="MinimumKept"/> indicators read are kept. Not least-recently-used: the evaluations of
/// a spec read its indicators in the same order again and again, and under that cyclic pattern
/// LRU evicts every indicator just before it is read again (it would read the whole store once
/// per evaluation), while keeping the first ones read hits them on every later pass. The last
/// few always stay, so a formula or a comparison that reads several indicators site by site
/// never reloads one per site.
/// </summary>
public sealed class IndicatorSeriesCache : IObservationSource
{
    /// <summary>Indicators kept beyond the budget, the last ones read.</summary>
    public const int MinimumKept = 4;

    /// <summary>
    /// The default budget: 15 million observations, about 200 MB of series at the 13 bytes an
    /// observation takes in <see cref="IndicatorSeries"/>'s columns (a national programme's
    /// 9 million all stay).
    /// </summary>
    public const long DefaultBudget = 15_000_000;

    private readonly Func<IndicatorDefinition, IndicatorSeries> _load;
    private readonly long _budget;
    private readonly Dictionary<string, IndicatorSeries> _resident = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Indicator, IndicatorSeries Series)> _recent = new();
    private readonly Dictionary<string, IReadOnlyList<(string Site, int Count)>> _counted = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private long _residentSize;

    /// <param name="load">Reads every site's series of an indicator, each in date order.</param>
    /// <param name="budget">How many observations may stay resident; beyond it only the last <see cref="MinimumKept"/> indicators are kept.</param>
    public IndicatorSeriesCache(Func<IndicatorDefinition, IndicatorSeries> load, long budget = DefaultBudget)
    {
        _load = load;
        _budget = Math.Max(0, budget);
    }

    /// <summary>How many times an indicator was read from the database (for tests of the access pattern).</summary>
    public int Loads { get; private set; }

    /// <summary>
    /// How many observations each indicator read had at each site, as first read: what the
    /// store holds of those indicators, so that counting the store need not read them again.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<(string Site, int Count)>> Counted
    {
        get
        {
            lock (_gate)
            {
                return new Dictionary<string, IReadOnlyList<(string Site, int Count)>>(_counted, StringComparer.Ordinal);
            }
        }
    }

    /// <summary>Observations held now.</summary>
    public long Held => _residentSize + _recent.Sum(r => r.Series.Count);

    public IReadOnlyList<Observation> Observations(IndicatorDefinition indicator, Site site)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(site);
        lock (_gate)
        {
            return SeriesOf(indicator).Of(site.Code);
        }
    }

    private IndicatorSeries SeriesOf(IndicatorDefinition indicator)
    {
        if (_resident.TryGetValue(indicator.Name, out var resident))
        {
            return resident;
        }

        for (var node = _recent.First; node is not null; node = node.Next)
        {
            if (string.Equals(node.Value.Indicator, indicator.Name, StringComparison.Ordinal))
            {
                _recent.Remove(node);
                _recent.AddFirst(node);
                return node.Value.Series;
            }
        }

        var loaded = _load(indicator);
        Loads++;
        _counted.TryAdd(indicator.Name, [.. loaded.Sites.Select(site => (site, loaded.Of(site).Count))]);
        if (_residentSize + loaded.Count <= _budget)
        {
            _resident.Add(indicator.Name, loaded);
            _residentSize += loaded.Count;
            return loaded;
        }

        _recent.AddFirst((indicator.Name, loaded));
        if (_recent.Count > MinimumKept)
        {
            _recent.RemoveLast();
        }

        return loaded;
    }
}
