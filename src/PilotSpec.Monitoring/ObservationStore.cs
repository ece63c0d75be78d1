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
public sealed class ObservationStore
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
        return Apply(indicator, site, new Observation(date, value), _journal);
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
        var series = _series.GetOrAdd(new SeriesKey(indicator.Name, site.Code), _ => new Series());
        return series.Record(Periods.IndexOf(observation.Date, indicator.RecordingPeriod), observation, journal, indicator, site);
    }

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

        return _series.TryGetValue(new SeriesKey(indicator.Name, site.Code), out var series) ? series.Snapshot() : Empty;
    }

    /// <summary>How many observations the store holds, all indicators and sites together.</summary>
    public int Count => _series.Values.Sum(s => s.Snapshot().Count);

    private readonly struct SeriesKey : IEquatable<SeriesKey>
    {
        public SeriesKey(string indicator, string site)
        {
            Indicator = indicator;
            Site = site;
        }

        public string Indicator { get; }

        public string Site { get; }

        public bool Equals(SeriesKey other) =>
            string.Equals(Indicator, other.Indicator, StringComparison.Ordinal) && string.Equals(Site, other.Site, StringComparison.Ordinal);

        public override bool Equals(object? obj) => obj is SeriesKey other && Equals(other);

        public override int GetHashCode() =>
            (StringComparer.Ordinal.GetHashCode(Indicator) * 397) ^ StringComparer.Ordinal.GetHashCode(Site);
    }

    // One indicator at one site. Writers take the lock; readers share an immutable snapshot
    // that is rebuilt at most once after each write.
    private sealed class Series
    {
        private readonly object _gate = new object();
        private readonly SortedDictionary<long, Observation> _byPeriod = new SortedDictionary<long, Observation>();
        private volatile IReadOnlyList<Observation>? _snapshot;

        // The journal is written inside the series lock: for one series the journal's order is
        // the order values were applied in (so a replay ends on the same last write), and a
        // failed write leaves the series as it was.
        public RecordOutcome Record(long period, Observation observation, IObservationJournal? journal, IndicatorDefinition indicator, Site site)
        {
            lock (_gate)
            {
                RecordOutcome outcome;
                if (_byPeriod.TryGetValue(period, out var existing))
                {
                    if (existing.Equals(observation))
                    {
                        return RecordOutcome.Unchanged;
                    }

                    outcome = RecordOutcome.Replaced;
                }
                else
                {
                    outcome = RecordOutcome.Added;
                }

                journal?.Append(indicator, site, observation);
                _byPeriod[period] = observation;
                _snapshot = null;
                return outcome;
            }
        }

        public IReadOnlyList<Observation> Snapshot()
        {
            var snapshot = _snapshot;
            if (snapshot is not null)
            {
                return snapshot;
            }

            lock (_gate)
            {
                snapshot = _snapshot ??= new ReadOnlyCollection<Observation>(_byPeriod.Values.ToArray());
                return snapshot;
            }
        }
    }
}
