using PilotSpec.Monitoring;

namespace PilotSpec.Store.Reading;

/// <summary>
/// The evaluation engine's view of a database: when it asks for one site's series of an
/// indicator, the whole indicator is read in one query (every site, in key order) and kept
/// while the next indicators are read. Evaluations walk criterion by criterion over all
/// sites, so one query per indicator replaces one per site; and only the last few indicators
/// stay in memory, so `pilotc evaluate` needs memory for a few indicators' series, not for
/// every row of the store.
/// </summary>
public sealed class IndicatorSeriesCache : IObservationSource
{
    private static readonly IReadOnlyList<Observation> Empty = [];

    private readonly Func<IndicatorDefinition, IReadOnlyDictionary<string, Observation[]>> _load;
    private readonly int _capacity;
    private readonly LinkedList<(string Indicator, IReadOnlyDictionary<string, Observation[]> Series)> _recent = new();
    private readonly Lock _gate = new();

    /// <param name="load">Reads every site's series of an indicator, each in date order.</param>
    /// <param name="capacity">How many indicators to keep: a criterion reads a few at once (a formula's, a comparison's).</param>
    public IndicatorSeriesCache(Func<IndicatorDefinition, IReadOnlyDictionary<string, Observation[]>> load, int capacity = 16)
    {
        _load = load;
        _capacity = Math.Max(1, capacity);
    }

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
        _recent.AddFirst((indicator.Name, loaded));
        if (_recent.Count > _capacity)
        {
            _recent.RemoveLast();
        }

        return loaded;
    }
}
