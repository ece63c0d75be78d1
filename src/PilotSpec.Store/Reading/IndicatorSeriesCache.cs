using PilotSpec.Monitoring;

namespace PilotSpec.Store.Reading;

/// <summary>
/// The evaluation engine's view of a database: when it asks for one site's series of an
/// indicator, the whole indicator is read in one query (every site, in key order) and kept
/// while the next indicators are read. Evaluations walk criterion by criterion over all
/// sites, so one query per indicator replaces one per site; and only the last indicators read
/// stay in memory, up to a budget of observations, so `pilotc evaluate` needs memory for a few
/// indicators' series, not for every row of the store. The last <see cref="MinimumKept"/> stay
/// whatever their size: a formula or a comparison reads several indicators site by site, and
/// evicting one of them would reload it for every site.
/// </summary>
public sealed class IndicatorSeriesCache : IObservationSource
{
    private static readonly IReadOnlyList<Observation> Empty = [];

    /// <summary>Indicators kept whatever their size.</summary>
    public const int MinimumKept = 4;

    /// <summary>The default budget: 4 million observations, about 100 MB of series.</summary>
    public const long DefaultBudget = 4_000_000;

    private readonly Func<IndicatorDefinition, IReadOnlyDictionary<string, Observation[]>> _load;
    private readonly long _budget;
    private readonly LinkedList<(string Indicator, IReadOnlyDictionary<string, Observation[]> Series, long Size)> _recent = new();
    private readonly Lock _gate = new();
    private long _held;

    /// <param name="load">Reads every site's series of an indicator, each in date order.</param>
    /// <param name="budget">How many observations to keep beyond the last <see cref="MinimumKept"/> indicators.</param>
    public IndicatorSeriesCache(Func<IndicatorDefinition, IReadOnlyDictionary<string, Observation[]>> load, long budget = DefaultBudget)
    {
        _load = load;
        _budget = Math.Max(0, budget);
    }

    /// <summary>Observations held now.</summary>
    public long Held => _held;

    /// <summary>How many times an indicator was read from the database (for tests of the access pattern).</summary>
    public int Loads { get; private set; }

    public IReadOnlyList<Observation> Observations(IndicatorDefinition indicator, Site site)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(site);
        lock (_gate)
        {
            var series = SeriesOf(indicator);
            return series.TryGetValue(site.Code, out var observations) ? observations : Empty;
        }
    }

    private IReadOnlyDictionary<string, Observation[]> SeriesOf(IndicatorDefinition indicator)
    {
        for (var node = _recent.First; node is not null; node = node.Next)
        {
            if (string.Equals(node.Value.Indicator, indicator.Name, StringComparison.Ordinal))
            {
                // Most recently used first: the indicators a criterion keeps reading stay.
                _recent.Remove(node);
                _recent.AddFirst(node);
                return node.Value.Series;
            }
        }

        var loaded = _load(indicator);
        Loads++;
        var size = loaded.Values.Sum(series => (long)series.Length);
        _recent.AddFirst((indicator.Name, loaded, size));
        _held += size;
        while (_recent.Count > MinimumKept && _held > _budget)
        {
            _held -= _recent.Last!.Value.Size;
            _recent.RemoveLast();
        }

        return loaded;
    }
}
