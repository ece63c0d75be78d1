using Npgsql;
using NpgsqlTypes;
using PilotSpec.Monitoring;

namespace PilotSpec.Store.PostgreSql;

/// <summary>
/// One file's observations in one PostgreSQL transaction: the rows are streamed by binary
/// <c>COPY</c> into a temporary table (dropped at the end of the transaction), and
/// <see cref="Commit"/> moves them into the store in one statement. Within the file the later
/// row of a period wins (<c>DISTINCT ON</c> the key, latest row first); a row equal to the stored
/// one is not rewritten, so ingesting a file again changes nothing at all.
/// </summary>
/// <remarks>
/// Most files bring periods the store does not have yet (next month's figures, a new
/// indicator): for them a plain <c>INSERT</c> does what the upsert does at about two thirds of
/// its cost (no speculative insertion per row). Whether a file is such a file is checked by its
/// key ranges (<see cref="AllKeysNew"/>: per indicator and site, a probe of the key's index for a
/// stored period between the file's first and last), and the upsert runs otherwise. Another
/// ingest may commit the same new keys between the check and the insert: the insert then fails
/// on the key, is rolled back to a savepoint, and the upsert runs instead.
/// </remarks>
/// <remarks>
/// <see cref="Changed"/> is known only when the upsert has run, that is after <see cref="Commit"/>
/// (0 before). The upsert takes the rows in key order, so two ingests sharing keys lock them in
/// the same order: the later waits for the earlier's commit and then finds its rows, never a deadlock.
/// </remarks>
internal sealed class PostgreSqlIngestBatch : IIngestBatch
{
    private const string CreateStaging = """
        CREATE TEMP TABLE pilotspec_ingest (
          row_number bigint NOT NULL,
          indicator text NOT NULL,
          site text NOT NULL,
          period bigint NOT NULL,
          date date NOT NULL,
          value numeric NOT NULL
        ) ON COMMIT DROP
        """;

    private const string Copy = "COPY pilotspec_ingest (row_number, indicator, site, period, date, value) FROM STDIN (FORMAT BINARY)";

    // A value is changed also when only its scale differs (12.5 then 12.50): the store gives
    // back a value exactly as it was last recorded, as the embedded store does with its text.
    private const string Upsert = """
        INSERT INTO pilotspec_observations AS stored (indicator, site, period, date, value)
        SELECT DISTINCT ON (indicator, site, period) indicator, site, period, date, value
        FROM pilotspec_ingest
        ORDER BY indicator, site, period, row_number DESC
        ON CONFLICT (indicator, site, period) DO UPDATE
          SET date = EXCLUDED.date, value = EXCLUDED.value, recorded_at = clock_timestamp()
          WHERE stored.date <> EXCLUDED.date OR stored.value <> EXCLUDED.value OR scale(stored.value) <> scale(EXCLUDED.value)
        """;

    // Whether none of the file's keys is stored yet. A key of the file lies between the first
    // and the last period the file has for its indicator and site, so one range probe of the
    // primary key per indicator and site answers it (3,000 probes for a file of 180,000 rows).
    private const string AllKeysNew = """
        SELECT NOT EXISTS (
          SELECT 1
          FROM (SELECT indicator, site, min(period) AS first, max(period) AS last FROM pilotspec_ingest GROUP BY indicator, site) AS file
          WHERE EXISTS (
            SELECT 1 FROM pilotspec_observations AS stored
            WHERE stored.indicator = file.indicator AND stored.site = file.site AND stored.period BETWEEN file.first AND file.last))
        """;

    private const string Insert = """
        INSERT INTO pilotspec_observations (indicator, site, period, date, value)
        SELECT DISTINCT ON (indicator, site, period) indicator, site, period, date, value
        FROM pilotspec_ingest
        ORDER BY indicator, site, period, row_number DESC
        """;

    // The file's rows are sorted once per file (DISTINCT ON the key): in memory, not in
    // temporary files, up to about 500,000 rows (4 MB, the server's default, spills at 60,000).
    // And not compiled to machine code first (JIT): that costs more than it saves on one pass
    // over one file's rows.
    private const string Settings = "SET LOCAL work_mem = '64MB'; SET LOCAL jit = off";

    private const string UniqueViolation = "23505";

    private readonly string _store;
    private readonly PilotDefinition _pilot;
    private readonly IClock _clock;
    private readonly NpgsqlConnection _connection;
    private readonly NpgsqlTransaction _transaction;
    private NpgsqlBinaryImporter? _import;
    private bool _committed;

    public PostgreSqlIngestBatch(string store, NpgsqlDataSource dataSource, PilotDefinition pilot, IClock clock)
    {
        _store = store;
        _pilot = pilot;
        _clock = clock;
        _connection = dataSource.OpenConnection();
        try
        {
            _transaction = _connection.BeginTransaction();
            using (var create = new NpgsqlCommand(CreateStaging, _connection, _transaction))
            {
                create.ExecuteNonQuery();
            }

            _import = _connection.BeginBinaryImport(Copy);

            // A large file streams for as long as it takes to read; the server is not waiting on us.
            _import.Timeout = TimeSpan.Zero;
        }
        catch
        {
            _connection.Dispose();
            throw;
        }
    }

    public long Written { get; private set; }

    public long Changed { get; private set; }

    public void Record(IndicatorDefinition indicator, Site site, DateTime date, decimal value)
    {
        ObservationChecks.Check(_pilot, indicator, site, date, value, _clock);
        var import = _import ?? throw new InvalidOperationException("The batch is committed.");
        StoreException.Guard(_store, () =>
        {
            import.StartRow();
            import.Write(Written, NpgsqlDbType.Bigint);
            import.Write(indicator.Name, NpgsqlDbType.Text);
            import.Write(site.Code, NpgsqlDbType.Text);
            import.Write(Periods.IndexOf(date, indicator.RecordingPeriod), NpgsqlDbType.Bigint);
            import.Write(DateOnly.FromDateTime(date), NpgsqlDbType.Date);
            import.Write(value, NpgsqlDbType.Numeric);
        });
        Written++;
    }

    public void Commit()
    {
        var import = _import ?? throw new InvalidOperationException("The batch is committed.");
        StoreException.Guard(_store, () =>
        {
            import.Complete();
            import.Dispose();
            _import = null;
            Execute(Settings);
            var changed = (bool)Scalar(AllKeysNew) ? InsertOrUpsert() : Execute(Upsert);
            _transaction.Commit();
            Changed = changed;
        });
        _committed = true;
    }

    // The plain insert, or, when another ingest committed one of the keys since the check, the upsert.
    private int InsertOrUpsert()
    {
        _transaction.Save("plain_insert");
        try
        {
            return Execute(Insert);
        }
        catch (PostgresException e) when (e.SqlState == UniqueViolation)
        {
            _transaction.Rollback("plain_insert");
            return Execute(Upsert);
        }
    }

    private int Execute(string sql)
    {
        // It may wait for another ingest of the same keys to commit: as long as that takes.
        using var command = new NpgsqlCommand(sql, _connection, _transaction) { CommandTimeout = 0 };
        return command.ExecuteNonQuery();
    }

    private object Scalar(string sql)
    {
        using var command = new NpgsqlCommand(sql, _connection, _transaction) { CommandTimeout = 0 };
        return command.ExecuteScalar()!;
    }

    public void Dispose()
    {
        try
        {
            // Without Complete, disposing the import cancels the COPY; the rollback then undoes the rest.
            _import?.Dispose();
            if (!_committed)
            {
                _transaction.Rollback();
            }
        }
        catch (Exception e) when (e is NpgsqlException or InvalidOperationException)
        {
            // The connection broke (or a failed commit ended the transaction): the server rolls
            // back what was not committed when the session ends.
        }
        finally
        {
            _transaction.Dispose();
            _connection.Dispose();
        }
    }
}
