using System.Globalization;
using Microsoft.Data.Sqlite;
using PilotSpec.Monitoring;

namespace PilotSpec.Store.Embedded;

/// <summary>
/// One file's observations in one SQLite transaction, through one prepared upsert. A row equal
/// to the stored one is not rewritten, so ingesting a file again changes nothing at all.
/// </summary>
internal sealed class SqliteIngestBatch : IIngestBatch
{
    private readonly PilotDefinition _pilot;
    private readonly IClock _clock;
    private readonly SqliteTransaction _transaction;
    private readonly SqliteCommand _upsert;
    private readonly SqliteParameter _indicator, _site, _period, _date, _value, _recordedAt;
    private bool _committed;

    private readonly string _store;

    public SqliteIngestBatch(string store, SqliteConnection connection, PilotDefinition pilot, IClock clock)
    {
        _store = store;
        _pilot = pilot;
        _clock = clock;

        // IMMEDIATE: take the write lock now, so two ingests queue instead of failing at commit.
        _transaction = connection.BeginTransaction(deferred: false);
        _upsert = connection.CreateCommand();
        _upsert.Transaction = _transaction;
        _upsert.CommandText = """
            INSERT INTO pilotspec_observations (indicator, site, period, date, value, recorded_at)
            VALUES ($indicator, $site, $period, $date, $value, $recorded_at)
            ON CONFLICT (indicator, site, period) DO UPDATE
              SET date = excluded.date, value = excluded.value, recorded_at = excluded.recorded_at
              WHERE date <> excluded.date OR value <> excluded.value
            """;
        _indicator = _upsert.Parameters.Add("$indicator", SqliteType.Text);
        _site = _upsert.Parameters.Add("$site", SqliteType.Text);
        _period = _upsert.Parameters.Add("$period", SqliteType.Integer);
        _date = _upsert.Parameters.Add("$date", SqliteType.Text);
        _value = _upsert.Parameters.Add("$value", SqliteType.Text);
        _recordedAt = _upsert.Parameters.Add("$recorded_at", SqliteType.Integer);
        _recordedAt.Value = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        _upsert.Prepare();
    }

    public long Written { get; private set; }

    public long Changed { get; private set; }

    public void Record(IndicatorDefinition indicator, Site site, DateTime date, decimal value)
    {
        ObservationChecks.Check(_pilot, indicator, site, date, value, _clock);
        _indicator.Value = indicator.Name;
        _site.Value = site.Code;
        _period.Value = Periods.IndexOf(date, indicator.RecordingPeriod);
        _date.Value = StoredText.Date(date);
        _value.Value = value.ToString(CultureInfo.InvariantCulture);
        Changed += StoreException.Guard(_store, _upsert.ExecuteNonQuery);
        Written++;
    }

    public void Commit()
    {
        StoreException.Guard(_store, _transaction.Commit);
        _committed = true;
    }

    public void Dispose()
    {
        if (!_committed)
        {
            _transaction.Rollback();
        }

        _upsert.Dispose();
        _transaction.Dispose();
    }
}
