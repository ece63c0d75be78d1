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
    private readonly Dictionary<string, Task<IndicatorSeries>> _loading = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private Thread? _ahead;
    private volatile bool _stopped;
    private int _waits;
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

    /// <summary>How many times the evaluation waited for an indicator being read ahead (for tests).</summary>
    internal int Waits => Volatile.Read(ref _waits);

    /// <summary>Observations held now.</summary>
    public long Held
    {
        get
        {
            lock (_gate)
            {
                return _residentSize + _recent.Sum(r => r.Series.Count);
            }
        }
    }

    public IReadOnlyList<Observation> Observations(IndicatorDefinition indicator, Site site)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        ArgumentNullException.ThrowIfNull(site);
        return SeriesOf(indicator).Of(site.Code);
    }

    /// <summary>
    /// Reads every second indicator of <paramref name="order"/> (the second, the fourth...) ahead,
    /// on a thread of its own through <paramref name="load"/> (a second connection), while the
    /// evaluation reads the others itself as it asks for them: the two read side by side on the
    /// machine's two cores. Not every one: the evaluation, asking in the same order, would catch
    /// up with the thread ahead and wait for each indicator in turn, reading nothing itself. An
    /// indicator asked for while it is being read is waited for, not read twice. Only while the
    /// budget lasts, so nothing read ahead pushes out what the evaluation still needs.
    /// <paramref name="done"/> runs on that thread when it stops (to close its connection).
    /// </summary>
    public void ReadAhead(IReadOnlyList<IndicatorDefinition> order, Func<IndicatorDefinition, IndicatorSeries> load, Action done)
    {
        _ahead = new Thread(() =>
        {
            try
            {
                ReadAheadLoop(order, load);
            }
            finally
            {
                done();
            }
        })
        {
            IsBackground = true,
            Name = "PilotSpec store read-ahead",
        };
        _ahead.Start();
    }

    /// <summary>Stops reading ahead and waits for the indicator being read: before the store closes its connections.</summary>
    public void StopReadingAhead()
    {
        _stopped = true;
        _ahead?.Join();
    }

    private void ReadAheadLoop(IReadOnlyList<IndicatorDefinition> order, Func<IndicatorDefinition, IndicatorSeries> load)
    {
        long last = 0;
        for (var i = 1; i < order.Count; i += 2)
        {
            var indicator = order[i];
            TaskCompletionSource<IndicatorSeries> reading;
            lock (_gate)
            {
                // The next one will take about as much as the last one did.
                if (_stopped || _residentSize + last > _budget)
                {
                    return;
                }

                if (_resident.ContainsKey(indicator.Name) || _loading.ContainsKey(indicator.Name) || _recent.Any(r => r.Indicator == indicator.Name))
                {
                    continue;
                }

                reading = new TaskCompletionSource<IndicatorSeries>(TaskCreationOptions.RunContinuationsAsynchronously);
                _loading.Add(indicator.Name, reading.Task);
            }

            if (Read(indicator, load, reading) is not { } loaded)
            {
                return;
            }

            last = loaded.Count;
        }
    }

    private IndicatorSeries SeriesOf(IndicatorDefinition indicator)
    {
        Task<IndicatorSeries>? elsewhere;
        TaskCompletionSource<IndicatorSeries> reading;
        lock (_gate)
        {
            if (Kept(indicator.Name) is { } held)
            {
                return held;
            }

            if (_loading.TryGetValue(indicator.Name, out elsewhere))
            {
                reading = null!;
            }
            else
            {
                reading = new TaskCompletionSource<IndicatorSeries>(TaskCreationOptions.RunContinuationsAsynchronously);
                _loading.Add(indicator.Name, reading.Task);
            }
        }

        // Being read ahead: wait for it (its failure is rethrown as it was thrown).
        if (elsewhere is not null)
        {
            Interlocked.Increment(ref _waits);
            return elsewhere.GetAwaiter().GetResult();
        }

        return Read(indicator, _load, reading) ?? reading.Task.GetAwaiter().GetResult();
    }

    // Reads one indicator outside the lock and keeps it; a failure goes to whoever waits for it.
    private IndicatorSeries? Read(IndicatorDefinition indicator, Func<IndicatorDefinition, IndicatorSeries> load, TaskCompletionSource<IndicatorSeries> reading)
    {
        IndicatorSeries loaded;
        try
        {
            loaded = load(indicator);
        }
        catch (Exception e)
        {
            lock (_gate)
            {
                _loading.Remove(indicator.Name);
            }

            reading.SetException(e);
            return null;
        }

        lock (_gate)
        {
            _loading.Remove(indicator.Name);
            Keep(indicator.Name, loaded);
        }

        reading.SetResult(loaded);
        return loaded;
    }

    // The indicator if it is kept (the last few read are moved to the front as they are asked for).
    private IndicatorSeries? Kept(string indicator)
    {
        if (_resident.TryGetValue(indicator, out var resident))
        {
            return resident;
        }

        for (var node = _recent.First; node is not null; node = node.Next)
        {
            if (string.Equals(node.Value.Indicator, indicator, StringComparison.Ordinal))
            {
                _recent.Remove(node);
                _recent.AddFirst(node);
                return node.Value.Series;
            }
        }

        return null;
    }

    private void Keep(string indicator, IndicatorSeries loaded)
    {
        Loads++;
        _counted.TryAdd(indicator, [.. loaded.Sites.Select(site => (site, loaded.Of(site).Count))]);
        if (_residentSize + loaded.Count <= _budget)
        {
            _resident.Add(indicator, loaded);
            _residentSize += loaded.Count;
            return;
        }

        _recent.AddFirst((indicator, loaded));
        if (_recent.Count > MinimumKept)
        {
            _recent.RemoveLast();
        }
    }
}
