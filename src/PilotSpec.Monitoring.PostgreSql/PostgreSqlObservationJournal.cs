using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Npgsql;
using PilotSpec.Monitoring.PostgreSql.Resources;

namespace PilotSpec.Monitoring.PostgreSql;

/// <summary>
/// A PostgreSQL database behind an <see cref="ObservationStore"/>, the counterpart of
/// <see cref="FileObservationJournal"/>: every observation the store accepts (Added or Replaced;
/// an Unchanged re-send writes nothing) is upserted into <c>pilotspec_observations</c> and
/// committed before <see cref="ObservationStore.Record"/> returns. Opening loads the stored
/// observations into a new store, so a restarted site sees what it had recorded.
/// </summary>
/// <remarks>
/// Guarantees: an acknowledged observation (its <c>Record</c> returned) is committed; a failed
/// write (server gone, table dropped, journal disposed) throws out of <c>Record</c> and the store
/// keeps its previous value, so memory and database never disagree about what was acknowledged.
/// One row per indicator, site and period (<see cref="Periods.IndexOf"/>): recording the same
/// period again replaces it, last write wins, as in memory. Several processes and sites may write
/// into one database at once; for one key the row holds the last committed write. Each process's
/// store holds what was stored when it opened plus its own writes: it does not see other writers'
/// later rows until it is reopened.
/// <para>
/// Rows of indicators or sites the spec does not have are kept in the database and counted in
/// <see cref="LoadReport"/>, never deleted: when the spec has them again, they load again.
/// </para>
/// </remarks>
public sealed class PostgreSqlObservationJournal : IObservationJournal, IDisposable
{
    // One statement, committed on its own (autocommit): the upsert is atomic, so a concurrent
    // writer of the same key waits for the row lock and then overwrites: last commit wins.
    private const string UpsertSql =
        "INSERT INTO pilotspec_observations (indicator, site, period, date, value) VALUES ($1, $2, $3, $4, $5) " +
        "ON CONFLICT (indicator, site, period) DO UPDATE SET date = EXCLUDED.date, value = EXCLUDED.value, recorded_at = clock_timestamp()";

    private readonly NpgsqlDataSource _dataSource;
    private readonly PilotDefinition _pilot;
    private readonly HashSet<string>? _sites;
    private volatile bool _disposed;

    private PostgreSqlObservationJournal(NpgsqlDataSource dataSource, PilotDefinition pilot, HashSet<string>? sites, ObservationStore store, PostgreSqlLoadReport report)
    {
        _dataSource = dataSource;
        _pilot = pilot;
        _sites = sites;
        Store = store;
        LoadReport = report;
    }

    /// <summary>The store the database was loaded into and that writes to it.</summary>
    public ObservationStore Store { get; }

    /// <summary>What loading found when the journal was opened.</summary>
    public PostgreSqlLoadReport LoadReport { get; }

    /// <summary>
    /// Opens the store in the database <paramref name="dataSource"/> connects to: checks that its
    /// schema is current and that it is <paramref name="pilot"/>'s, loads its observations (of
    /// <see cref="PostgreSqlJournalOptions.Sites"/> only, when given) into a new store of the
    /// pilot and writes every later recording of that store to the database.
    /// </summary>
    /// <param name="dataSource">The database; the caller keeps it and disposes it after the journal.</param>
    /// <param name="pilot">The pilot (a generated monitor's <see cref="PilotMonitor.Definition"/>).</param>
    /// <param name="options">The sites to load and the store's clock.</param>
    /// <exception cref="PostgreSqlStoreException">No schema, an older or newer one, or another pilot's store: <see cref="PostgreSqlStoreException.Error"/> says what to do.</exception>
    /// <exception cref="ArgumentException">A site in <paramref name="options"/> is not the pilot's.</exception>
    /// <exception cref="NpgsqlException">The server could not be reached or a query failed.</exception>
    public static PostgreSqlObservationJournal Open(NpgsqlDataSource dataSource, PilotDefinition pilot, PostgreSqlJournalOptions? options = null)
    {
        if (dataSource is null)
        {
            throw new ArgumentNullException(nameof(dataSource));
        }

        if (pilot is null)
        {
            throw new ArgumentNullException(nameof(pilot));
        }

        HashSet<string>? sites = null;
        if (options?.Sites is { } chosen)
        {
            sites = new HashSet<string>(StringComparer.Ordinal);
            foreach (var code in chosen)
            {
                if (code is null || pilot.FindSite(code) is null)
                {
                    throw new ArgumentException(StoreTexts.Get("UnknownSiteOption", code, pilot.Name), nameof(options));
                }

                sites.Add(code);
            }
        }

        var check = PostgreSqlSchema.Check(dataSource, pilot.Name);
        if (check.Error is { } error)
        {
            throw new PostgreSqlStoreException(error);
        }

        var store = new ObservationStore(new ObservationStoreOptions { Clock = options?.Clock, Pilot = pilot });
        var report = StoredRows.Load(dataSource, pilot, sites, store);
        var journal = new PostgreSqlObservationJournal(dataSource, pilot, sites, store, report);
        store.AttachJournal(journal);
        return journal;
    }

    /// <summary>Upserts one observation and returns after its commit; throws (refusing the observation) when the database does not take it.</summary>
    public void Append(IndicatorDefinition indicator, Site site, Observation observation)
    {
        if (indicator is null)
        {
            throw new ArgumentNullException(nameof(indicator));
        }

        if (site is null)
        {
            throw new ArgumentNullException(nameof(site));
        }

        // A row the pilot does not know would be skipped by every load: refuse it while the caller can hear.
        ObservationValidation.CheckMember(_pilot, indicator, site, observation.Date);
        if (_sites is not null && !_sites.Contains(site.Code))
        {
            throw new InvalidOperationException(StoreTexts.Get("SiteNotLoaded", site.Code));
        }

        if (_disposed)
        {
            throw new ObjectDisposedException(nameof(PostgreSqlObservationJournal), StoreTexts.Get("JournalClosed"));
        }

        using var command = _dataSource.CreateCommand(UpsertSql);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = indicator.Name });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = site.Code });
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = Periods.IndexOf(observation.Date, indicator.RecordingPeriod) });
        command.Parameters.Add(new NpgsqlParameter<DateOnly> { TypedValue = DateOnly.FromDateTime(observation.Date) });
        command.Parameters.Add(new NpgsqlParameter<decimal> { TypedValue = observation.Value });
        command.ExecuteNonQuery();
    }

    /// <summary>Closes the journal: later recordings through the store are refused. The data source stays the caller's.</summary>
    public void Dispose() => _disposed = true;

    /// <inheritdoc/>
    public override string ToString() => LoadReport.ToString();
}
