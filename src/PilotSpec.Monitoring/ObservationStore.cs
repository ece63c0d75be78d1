using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;
using System.Threading;

namespace PilotSpec.Monitoring;

/// <summary>
/// Every observation recorded at a site, per indicator and site, safe to use from many
/// threads at once. One observation counts per indicator, site and measurement period
/// (<see cref="IndicatorDefinition.RecordingPeriod"/>): recording again in the same period
/// replaces the earlier value (last write wins) and says so, so re-sending a batch is
/// harmless and nothing is dropped without the caller knowing. Series read back in date
/// order whatever order they were recorded in. Observations dated after today (by the
/// store's <see cref="IClock"/>) and percentages outside 0..100 are refused with an
/// <see cref="ObservationRejectedException"/>. With a journal attached
/// (<see cref="FileObservationJournal"/>) every accepted observation is stored durably
/// before <see cref="Record"/> returns.
/// </summary>
public sealed class ObservationStore : IObservationSource
{
    private static readonly IReadOnlyList<Observation> Empty = new ReadOnlyCollection<Observation>(new Observation[0]);

    private readonly ConcurrentDictionary<SeriesKey, Series> _series = new ConcurrentDictionary<SeriesKey, Series>();
    private readonly IClock _clock;
    private readonly PilotDefinition? _pilot;
    private volatile IObservationJournal? _journal;

    /// <summary>Creates an empty store that refuses observations dated after the machine's local day.</summary>
    public ObservationStore()
        : this(null)
    {
    }

    /// <summary>Creates an empty store with the given checks.</summary>
    public ObservationStore(ObservationStoreOptions? options)
    {
        _clock = options?.Clock ?? Clocks.System;
        _pilot = options?.Pilot;
    }

    /// <summary>The journal every accepted observation is written to, if one is attached.</summary>
    public IObservationJournal? Journal => _journal;

    /// <summary>Records <paramref name="value"/> of <paramref name="indicator"/> measured at <paramref name="site"/> on <paramref name="date"/>.</summary>
    /// <returns>Whether the observation was new, replaced another of the same period, or was already there.</returns>
    public RecordOutcome Record(IndicatorDefinition indicator, Site site, DateTime date, decimal value)
    {
        Check(indicator, site, date, value);
        return Apply(indicator, site, new Observation(date, value), _journal);
    }

    /// <summary>
    /// Records like <see cref="Record(IndicatorDefinition, Site, DateTime, decimal)"/> into the
    /// series <paramref name="series"/> caches, looking it up only while the cache is empty: the
    /// recording path of <see cref="IndicatorAtSite"/>, which keeps one cache per indicator and site.
    /// </summary>
    internal RecordOutcome RecordCached(IndicatorDefinition indicator, Site site, DateTime date, decimal value, ref Series? series)
    {
        Check(indicator, site, date, value);

        // Series are never removed, so a cached one stays this store's series for good. Two
        // threads filling the same empty cache get the same series from the dictionary.
        series ??= SeriesOf(indicator, site);
        return series.Record(Periods.IndexOf(date, indicator.RecordingPeriod), new Observation(date, value), _journal, indicator, site);
    }

    // Before anything is stored: a refused observation leaves no trace, not even an empty series.
    private void Check(IndicatorDefinition indicator, Site site, DateTime date, decimal value)
    {
        if (indicator is null)
        {
            throw new ArgumentNullException(nameof(indicator));
        }

        if (site is null)
        {
            throw new ArgumentNullException(nameof(site));
        }

        if (_pilot is not null)
        {
            ObservationValidation.CheckMember(_pilot, indicator, site, date);
        }

        ObservationValidation.CheckValue(indicator, site, date, value, _clock);
    }

    /// <summary>Writes every later accepted observation to <paramref name="journal"/>; the store must still be empty of recordings.</summary>
    internal void AttachJournal(IObservationJournal journal)
    {
        if (Interlocked.CompareExchange(ref _journal, journal, null) is not null)
        {
            throw new InvalidOperationException("The store already writes to a journal.");
        }
    }

    /// <summary>Takes an observation without the checks and without the journal: replaying what a journal already holds.</summary>
    internal RecordOutcome Replay(IndicatorDefinition indicator, Site site, Observation observation) =>
        Apply(indicator, site, observation, journal: null);

    private RecordOutcome Apply(IndicatorDefinition indicator, Site site, Observation observation, IObservationJournal? journal)
    {
        return SeriesOf(indicator, site).Record(Periods.IndexOf(observation.Date, indicator.RecordingPeriod), observation, journal, indicator, site);
    }

    private Series SeriesOf(IndicatorDefinition indicator, Site site) =>
        _series.GetOrAdd(new SeriesKey(indicator, site), _ => new Series());

    /// <summary>The observations of an indicator at a site, in date order: a snapshot that later recordings do not change.</summary>
    public IReadOnlyList<Observation> Observations(IndicatorDefinition indicator, Site site)
    {
        if (indicator is null)
        {
            throw new ArgumentNullException(nameof(indicator));
        }

        if (site is null)
        {
            throw new ArgumentNullException(nameof(site));
        }

        return _series.TryGetValue(new SeriesKey(indicator, site), out var series) ? series.Snapshot() : Empty;
    }

    /// <summary>How many observations the store holds, all indicators and sites together.</summary>
    public int Count => _series.Values.Sum(s => s.Snapshot().Count);

    // Series are keyed by names, not instances, so that equal definitions share a series;
    // the names' hashes come precomputed from the definitions.
    private readonly struct SeriesKey : IEquatable<SeriesKey>
    {
        private readonly int _hashCode;

        public SeriesKey(IndicatorDefinition indicator, Site site)
        {
            Indicator = indicator.Name;
            Site = site.Code;
            _hashCode = (indicator.NameHashCode * 397) ^ site.GetHashCode();
        }

        public string Indicator { get; }

        public string Site { get; }

        public bool Equals(SeriesKey other) =>
            _hashCode == other._hashCode
            && string.Equals(Indicator, other.Indicator, StringComparison.Ordinal) && string.Equals(Site, other.Site, StringComparison.Ordinal);

        public override bool Equals(object? obj) => obj is SeriesKey other && Equals(other);

        public override int GetHashCode() => _hashCode;
    }

    // One indicator at one site. Writers take the lock; readers share an immutable snapshot
    // that is rebuilt at most once after each write. Entries (period and observation) sit in
    // one array sorted by period: observations nearly always arrive in date order, so a record
    // is an append (no allocation until the array doubles) and an old date a binary search.
    // At national scale (150,000 series) recording is bound by cache misses, so a record
    // touches as few objects as it can: the series (its own lock, no separate gate object)
    // and one array.
    internal sealed class Series
    {
        private Entry[] _entries = new Entry[4];
        private int _count;
        private volatile IReadOnlyList<Observation>? _snapshot;

        // The journal is written inside the series lock: for one series the journal's order is
        // the order values were applied in (so a replay ends on the same last write), and a
        // failed write leaves the series as it was. The lock is the series itself: only the store
        // and the handles of this assembly ever see one, so no other code can take it.
        public RecordOutcome Record(long period, Observation observation, IObservationJournal? journal, IndicatorDefinition indicator, Site site)
        {
            lock (this)
            {
                var index = _count == 0 || period > _entries[_count - 1].Period ? ~_count : Find(period);
                if (index >= 0)
                {
                    if (_entries[index].Observation.Equals(observation))
                    {
                        return RecordOutcome.Unchanged;
                    }

                    journal?.Append(indicator, site, observation);
                    _entries[index] = new Entry(period, observation);
                    _snapshot = null;
                    return RecordOutcome.Replaced;
                }

                journal?.Append(indicator, site, observation);
                Insert(~index, new Entry(period, observation));
                _snapshot = null;
                return RecordOutcome.Added;
            }
        }

        public IReadOnlyList<Observation> Snapshot()
        {
            var snapshot = _snapshot;
            if (snapshot is not null)
            {
                return snapshot;
            }

            lock (this)
            {
                if (_snapshot is null)
                {
                    var copy = new Observation[_count];
                    for (var i = 0; i < _count; i++)
                    {
                        copy[i] = _entries[i].Observation;
                    }

                    _snapshot = new ReadOnlyCollection<Observation>(copy);
                }

                return _snapshot;
            }
        }

        // The index of the entry of this period, or the complement of where it belongs (as Array.BinarySearch).
        private int Find(long period)
        {
            var low = 0;
            var high = _count - 1;
            while (low <= high)
            {
                var middle = low + ((high - low) >> 1);
                var found = _entries[middle].Period;
                if (found == period)
                {
                    return middle;
                }

                if (found < period)
                {
                    low = middle + 1;
                }
                else
                {
                    high = middle - 1;
                }
            }

            return ~low;
        }

        private void Insert(int index, Entry entry)
        {
            if (_count == _entries.Length)
            {
                Array.Resize(ref _entries, _count * 2);
            }

            if (index < _count)
            {
                Array.Copy(_entries, index, _entries, index + 1, _count - index);
            }

            _entries[index] = entry;
            _count++;
        }
    }

    private readonly struct Entry
    {
        public Entry(long period, Observation observation)
        {
            Period = period;
            Observation = observation;
        }

        public long Period { get; }

        public Observation Observation { get; }
    }
}
