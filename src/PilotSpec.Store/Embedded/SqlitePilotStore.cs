using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using PilotSpec.Monitoring;
using PilotSpec.Store.Reading;
using SQLitePCL;

namespace PilotSpec.Store.Embedded;

/// <summary>
/// The embedded store: one SQLite file, no server (the measurement that chose SQLite over
/// DuckDB is in docs/store-engine-choice.md). Write-ahead logging lets an evaluation read while
/// an ingest writes; <c>synchronous=FULL</c> makes a committed file survive a power cut, not
/// only a crash; a writer waits for another instead of failing.
/// </summary>
public sealed class SqlitePilotStore : IPilotStore
{
    private const int NotADatabase = 26; // SQLITE_NOTADB: the file is not SQLite at all

    private readonly SqliteConnection _connection;
    private readonly List<IndicatorSeriesCache> _readers = [];

    private SqlitePilotStore(string name, SqliteConnection connection, StoreIdentity identity)
    {
        Name = name;
        _connection = connection;
        Identity = identity;
    }

    public string Name { get; }

    public StoreIdentity Identity { get; private set; }

    /// <summary>Creates the file or upgrades its schema, and binds it to the pilot; refuses another pilot's store.</summary>
    public static StoreOpening Initialize(string path, StoreIdentity identity) =>
        Connect(path, SqliteOpenMode.ReadWriteCreate, connection =>
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            var version = SqliteSchema.VersionOf(connection);
            if (version is null)
            {
                return StoreOpening.Failed(new StoreProblem(StoreProblemKind.NotAStore, path));
            }

            if (version > SqliteSchema.Current)
            {
                return StoreOpening.Failed(new StoreProblem(StoreProblemKind.NewerSchema, path, version.Value.ToString(CultureInfo.InvariantCulture)));
            }

            SqliteSchema.Migrate(connection, transaction, version.Value);
            var recorded = ReadIdentity(connection, transaction);
            if (recorded is not null && recorded.Pilot != identity.Pilot)
            {
                return StoreOpening.Failed(new StoreProblem(StoreProblemKind.OtherPilot, path, recorded.Pilot));
            }

            WriteIdentity(connection, transaction, identity, insert: recorded is null);
            transaction.Commit();
            return StoreOpening.Opened(new SqlitePilotStore(path, connection, identity), recorded ?? identity, created: recorded is null);
        });

    /// <summary>Opens an existing store of the pilot; a missing file is not created.</summary>
    public static StoreOpening Open(string path, StoreIdentity identity)
    {
        if (!File.Exists(path))
        {
            return StoreOpening.Failed(new StoreProblem(StoreProblemKind.Missing, path));
        }

        return Connect(path, SqliteOpenMode.ReadWrite, connection =>
        {
            var version = SqliteSchema.VersionOf(connection);
            if (version is null)
            {
                return StoreOpening.Failed(new StoreProblem(StoreProblemKind.NotAStore, path));
            }

            if (version == 0)
            {
                return StoreOpening.Failed(new StoreProblem(StoreProblemKind.Missing, path));
            }

            if (version != SqliteSchema.Current)
            {
                var kind = version > SqliteSchema.Current ? StoreProblemKind.NewerSchema : StoreProblemKind.OlderSchema;
                return StoreOpening.Failed(new StoreProblem(kind, path, version.Value.ToString(CultureInfo.InvariantCulture)));
            }

            var recorded = ReadIdentity(connection, transaction: null);
            if (recorded is null)
            {
                return StoreOpening.Failed(new StoreProblem(StoreProblemKind.Missing, path));
            }

            if (recorded.Pilot != identity.Pilot)
            {
                return StoreOpening.Failed(new StoreProblem(StoreProblemKind.OtherPilot, path, recorded.Pilot));
            }

            return StoreOpening.Opened(new SqlitePilotStore(path, connection, recorded), recorded);
        });
    }

    // Opens a connection and hands it to `use`; the connection is closed unless a store keeps it.
    // Engine failures (a folder that does not exist, no permission, a full disk) become problems.
    private static StoreOpening Connect(string path, SqliteOpenMode mode, Func<SqliteConnection, StoreOpening> use)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = mode,
            // A store is opened once per command: pooling would only keep the file open after Dispose.
            Pooling = false,
            DefaultTimeout = 60,
        }.ToString());
        try
        {
            connection.Open();
            using (var pragmas = connection.CreateCommand())
            {
                pragmas.CommandText = "PRAGMA busy_timeout = 30000; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;";
                pragmas.ExecuteNonQuery();
            }

            var opening = use(connection);
            if (opening.Store is null)
            {
                connection.Dispose();
            }

            return opening;
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            var kind = e.SqliteErrorCode == NotADatabase ? StoreProblemKind.NotAStore : StoreProblemKind.Unavailable;
            return StoreOpening.Failed(new StoreProblem(kind, path, e.Message));
        }
    }

    private static StoreIdentity? ReadIdentity(SqliteConnection connection, SqliteTransaction? transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT pilot, spec_hash FROM pilotspec_store WHERE singleton = 1";
        using var reader = command.ExecuteReader();
        return reader.Read() ? new StoreIdentity(reader.GetString(0), reader.GetString(1)) : null;
    }

    private static void WriteIdentity(SqliteConnection connection, SqliteTransaction? transaction, StoreIdentity identity, bool insert)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = insert
            ? "INSERT INTO pilotspec_store (singleton, pilot, spec_hash, created_at, updated_at) VALUES (1, $pilot, $hash, $now, $now)"
            : "UPDATE pilotspec_store SET spec_hash = $hash, updated_at = $now WHERE singleton = 1 AND spec_hash <> $hash";
        command.Parameters.AddWithValue("$pilot", identity.Pilot);
        command.Parameters.AddWithValue("$hash", identity.SpecHash);
        command.Parameters.AddWithValue("$now", DateTime.UtcNow.ToString("o", CultureInfo.InvariantCulture));
        command.ExecuteNonQuery();
    }

    public void Rebind(StoreIdentity identity)
    {
        StoreException.Guard(Name, () => WriteIdentity(_connection, transaction: null, identity, insert: false));
        Identity = identity;
    }

    /// <summary>No: every batch writes through the store's one connection.</summary>
    public bool CommitsWhileNextStreams => false;

    public IIngestBatch BeginIngest(PilotDefinition pilot, IClock clock) => StoreException.Guard(Name, () => new SqliteIngestBatch(Name, _connection, pilot, clock));

    public IObservationSource Reader(PilotDefinition pilot) => new IndicatorSeriesCache(indicator => StoreException.Guard(Name, () => LoadIndicator(_connection, indicator)));

    // A second connection reads ahead (WAL lets both read at once; one connection would serialise them).
    public IObservationSource Reader(PilotDefinition pilot, IReadOnlyList<IndicatorDefinition> readAhead)
    {
        var cache = new IndicatorSeriesCache(indicator => StoreException.Guard(Name, () => LoadIndicator(_connection, indicator)));
        var ahead = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Name, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        try
        {
            ahead.Open();
        }
        catch (SqliteException)
        {
            // No second reader: the evaluation reads everything itself (and meets the failure, if it lasts).
            ahead.Dispose();
            return cache;
        }

        lock (_readers)
        {
            _readers.Add(cache);
        }

        cache.ReadAhead(readAhead, indicator => LoadIndicator(ahead, indicator), ahead.Dispose);
        return cache;
    }

    // Every site's series of one indicator in one range scan of the key (indicator, site, period).
    // SQLite joins each site's rows into one text ("2024-03-3162,2024-04-3064.5": a day is always
    // ten bytes) in its own C code, so the program crosses into SQLite a few times per site
    // instead of five times per row: at 9 million rows the per-row calls, not the reading, were
    // most of an evaluation's time. Read on SQLitePCLRaw, the layer under Microsoft.Data.Sqlite
    // (same connection), so the text is parsed where it lies (StoredText), without a string per value.
    private static IndicatorSeries LoadIndicator(SqliteConnection connection, IndicatorDefinition indicator)
    {
        const string SeriesBySite = """
            SELECT site, count(*), group_concat(date || value, ',')
            FROM pilotspec_observations WHERE indicator = ?1 GROUP BY site ORDER BY site
            """;
        var series = new IndicatorSeriesBuilder();
        Check(connection, raw.sqlite3_prepare_v2(connection.Handle, SeriesBySite, out var statement));
        using (statement)
        {
            Check(connection, raw.sqlite3_bind_text(statement, 1, indicator.Name));
            int step;
            while ((step = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
                series.StartSite(Encoding.UTF8.GetString(raw.sqlite3_column_blob(statement, 0)));
                StoredText.AddSeries(raw.sqlite3_column_blob(statement, 2), raw.sqlite3_column_int(statement, 1), series);
            }

            if (step != raw.SQLITE_DONE)
            {
                Check(connection, step);
            }
        }

        return series.Build();
    }

    private static void Check(SqliteConnection connection, int code)
    {
        if (code != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(connection.Handle).utf8_to_string(), code);
        }
    }

    public StoreContents Contents(PilotDefinition pilot) => StoreException.Guard(Name, () => CountContents(pilot));

    // On a connection of its own: the count is a scan of the whole table, and an evaluation runs
    // it at the same time as it reads indicators on the store's connection (WAL lets both read).
    private StoreContents CountContents(PilotDefinition pilot)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Name, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = StoreQueries.Counts;
        using var reader = command.ExecuteReader();
        return StoreQueries.Contents(reader, pilot);
    }

    public StoreContents Contents(PilotDefinition pilot, IObservationSource read) =>
        StoreException.Guard(Name, () => StoreQueries.Contents(_connection, pilot, read));

    public IEnumerable<StoredObservation> ReadAll()
    {
        using var command = _connection.CreateCommand();
        command.CommandText = StoreQueries.All;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return new StoredObservation(reader.GetString(0), reader.GetString(1), new Observation(StoredText.Date(reader.GetString(2)), StoredText.Value(reader.GetString(3))));
        }
    }

    public void Dispose()
    {
        lock (_readers)
        {
            _readers.ForEach(reader => reader.StopReadingAhead());
        }

        _connection.Dispose();
    }
}
