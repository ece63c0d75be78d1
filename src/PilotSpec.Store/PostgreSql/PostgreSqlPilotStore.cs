using System.Globalization;
using System.Net.Sockets;
using Npgsql;
using PilotSpec.Monitoring;
using PilotSpec.Monitoring.PostgreSql;
using PilotSpec.Store.Reading;

namespace PilotSpec.Store.PostgreSql;

/// <summary>
/// The server store: a PostgreSQL database named by an address <c>postgresql://user@host:port/db</c>,
/// on the schema of <see cref="PostgreSqlSchema"/> (the one the sites' monitors write through
/// <see cref="PostgreSqlObservationJournal"/>), with the semantics of the embedded store: one
/// value per indicator, site and period, the last written winning; a file all or nothing.
/// </summary>
/// <remarks>
/// The password is never in the address (<see cref="PostgreSqlAddress"/> refuses one): Npgsql
/// reads it from <c>PGPASSWORD</c> or a <c>.pgpass</c> file, so <see cref="Name"/>, the address as
/// typed, is safe to print. Several ingests may write into one store at once (from several
/// machines): each file is one transaction, and its rows are upserted in key order, so two
/// files that share keys wait for each other instead of deadlocking.
/// </remarks>
public sealed class PostgreSqlPilotStore : IPilotStore
{
    private const string InsufficientPrivilege = "42501";
    private const string SyntaxErrorOrAccessRuleClass = "42";

    private readonly NpgsqlDataSource _dataSource;
    private readonly List<IndicatorSeriesCache> _readers = [];

    private PostgreSqlPilotStore(string name, NpgsqlDataSource dataSource, StoreIdentity identity)
    {
        Name = name;
        _dataSource = dataSource;
        Identity = identity;
    }

    public string Name { get; }

    public StoreIdentity Identity { get; private set; }

    /// <summary>Creates the schema or upgrades it, and binds it to the pilot; refuses another pilot's store. The database itself must exist.</summary>
    public static StoreOpening Initialize(string address, StoreIdentity identity) =>
        Connect(address, dataSource =>
        {
            var migration = PostgreSqlSchema.Migrate(dataSource, new PilotIdentity(identity.Pilot, identity.SpecHash));
            if (migration.Error is { } error)
            {
                // The refusal names the owner only in its sentence: ask the database who it is.
                var owner = error.Kind == StoreErrorKind.OtherPilot ? PostgreSqlSchema.Check(dataSource).Pilot : null;
                return StoreOpening.Failed(ProblemOf(address, error, migration.PreviousVersion, owner));
            }

            var recorded = migration.PreviousSpecHash is { } previous ? identity with { SpecHash = previous } : identity;
            return StoreOpening.Opened(new PostgreSqlPilotStore(address, dataSource, identity), recorded, created: migration.StoreCreated);
        });

    /// <summary>Opens an existing store of the pilot; nothing is created (a database without the schema is <see cref="StoreProblemKind.Missing"/>).</summary>
    public static StoreOpening Open(string address, StoreIdentity identity) =>
        Connect(address, dataSource =>
        {
            var check = PostgreSqlSchema.Check(dataSource, identity.Pilot);
            if (check.Error is { } error)
            {
                return StoreOpening.Failed(ProblemOf(address, error, check.Version, check.Pilot));
            }

            var recorded = new StoreIdentity(check.Pilot!, check.SpecHash!);
            return StoreOpening.Opened(new PostgreSqlPilotStore(address, dataSource, recorded), recorded);
        });

    // Makes the data source and hands it to `use`; it is disposed unless a store keeps it. The
    // server's failures (not answering, no such database, refused login) become problems.
    private static StoreOpening Connect(string address, Func<NpgsqlDataSource, StoreOpening> use)
    {
        if (!PostgreSqlAddress.TryParse(address, out var connection, out var invalid))
        {
            return invalid.Kind == StoreErrorKind.PasswordInAddress
                ? StoreOpening.Failed(new StoreProblem(StoreProblemKind.PasswordInAddress, WithoutPassword(address)))
                : StoreOpening.Failed(new StoreProblem(StoreProblemKind.Unavailable, address, invalid.Message));
        }

        connection.ReadBufferSize = 256 * 1024;
        var dataSource = NpgsqlDataSource.Create(connection);
        try
        {
            var opening = use(dataSource);
            if (opening.Store is null)
            {
                dataSource.Dispose();
            }

            return opening;
        }
        catch (NpgsqlException e)
        {
            dataSource.Dispose();
            return StoreOpening.Failed(new StoreProblem(KindOf(e), address, MessageOf(e)));
        }
    }

    // Something in the database that is not a PilotSpec store: a table of the schema's names
    // with other columns, or already there when the schema was to make it.
    private static StoreProblemKind KindOf(NpgsqlException e) =>
        e is PostgresException { SqlState: var state } && state.StartsWith(SyntaxErrorOrAccessRuleClass, StringComparison.Ordinal) && state != InsufficientPrivilege
            ? StoreProblemKind.NotAStore
            : StoreProblemKind.Unavailable;

    // Npgsql's message, and the network's reason when it could not connect ("Connection refused").
    internal static string MessageOf(NpgsqlException e) =>
        e.InnerException is SocketException or IOException or TimeoutException && !e.Message.Contains(e.InnerException.Message, StringComparison.Ordinal)
            ? $"{e.Message} ({e.InnerException.Message})"
            : e.Message;

    // Migrate's and Check's refusals (an address's own are read before it: see Connect).
    private static StoreProblem ProblemOf(string address, PostgreSqlStoreError error, int version, string? pilot)
    {
        var found = version.ToString(CultureInfo.InvariantCulture);
        return error.Kind switch
        {
            StoreErrorKind.NoSchema or StoreErrorKind.NoStore => new StoreProblem(StoreProblemKind.Missing, address),
            StoreErrorKind.OutdatedSchema => new StoreProblem(StoreProblemKind.OlderSchema, address, found),
            StoreErrorKind.NewerSchema => new StoreProblem(StoreProblemKind.NewerSchema, address, found),
            StoreErrorKind.OtherPilot => new StoreProblem(StoreProblemKind.OtherPilot, address, pilot ?? string.Empty),
            _ => new StoreProblem(StoreProblemKind.Unavailable, address, error.Message),
        };
    }

    /// <summary>
    /// <paramref name="address"/> with any password replaced by <c>***</c> (user:password@ and
    /// password= alike): what a refusal may print about an address that held one.
    /// </summary>
    public static string WithoutPassword(string address)
    {
        var scheme = address.IndexOf("://", StringComparison.Ordinal);
        if (scheme < 0)
        {
            return address;
        }

        var restStart = scheme + 3;
        var authorityEnd = address.IndexOfAny(['/', '?', '#'], restStart);
        var authority = authorityEnd < 0 ? address[restStart..] : address[restStart..authorityEnd];
        var at = authority.LastIndexOf('@');
        var colon = at < 0 ? -1 : authority.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0 && colon < at)
        {
            authority = authority[..(colon + 1)] + "***" + authority[at..];
        }

        var tail = authorityEnd < 0 ? string.Empty : address[authorityEnd..];
        var query = tail.IndexOf('?', StringComparison.Ordinal);
        if (query >= 0)
        {
            var fragment = tail.IndexOf('#', query);
            var parameters = (fragment < 0 ? tail[(query + 1)..] : tail[(query + 1)..fragment]).Split('&')
                .Select(p => Uri.UnescapeDataString(p.Split('=')[0]) == "password" ? "password=***" : p);
            tail = tail[..(query + 1)] + string.Join('&', parameters) + (fragment < 0 ? string.Empty : tail[fragment..]);
        }

        return address[..restStart] + authority + tail;
    }

    /// <summary>Yes: each batch has a connection (and a server process) of its own.</summary>
    public bool CommitsWhileNextStreams => true;

    public IIngestBatch BeginIngest(PilotDefinition pilot, IClock clock) =>
        StoreException.Guard(Name, () => new PostgreSqlIngestBatch(Name, _dataSource, pilot, clock));

    public IObservationSource Reader(PilotDefinition pilot) =>
        new IndicatorSeriesCache(indicator => StoreException.Guard(Name, () => LoadIndicator(indicator)));

    // Each load takes a connection of its own from the data source: the read-ahead needs no other.
    public IObservationSource Reader(PilotDefinition pilot, IReadOnlyList<IndicatorDefinition> readAhead)
    {
        var cache = new IndicatorSeriesCache(indicator => StoreException.Guard(Name, () => LoadIndicator(indicator)));
        lock (_readers)
        {
            _readers.Add(cache);
        }

        cache.ReadAhead(readAhead, indicator => StoreException.Guard(Name, () => LoadIndicator(indicator)), () => { });
        return cache;
    }

    // Every site's series of one indicator in one range scan of the primary key, a row per site:
    // its dates and values gathered into two arrays on the server and sent as array_send's bytes,
    // which SiteArraysDecoder reads straight into the series' columns. The server's work is that
    // of sending a row per observation (measured: 83–94 ms of server CPU an indicator either way,
    // performance.md), and pilotc reads 3,000 rows of an indicator instead of 180,000: a row per
    // observation, by binary COPY, cost pilotc a call per row into Npgsql's COPY stream, and
    // Npgsql's own readers build a string and a decimal per observation.
    //
    // The rows are wanted in the key's order, which the key's index gives as it scans (the
    // arrays then take each site's rows in period order; the builder sorts a site whose rows
    // ever came otherwise). Left to itself, after ANALYZE, the planner prefers a parallel bitmap
    // scan, sorts its 180,000 rows (on disk, past the default work_mem), or hashes the groups,
    // and compiles the query to machine code first (JIT, 60 ms a query): 360 ms an indicator
    // instead of 95 ms. For this one statement the reader tells it not to sort, hash or compile;
    // the settings end with the transaction.
    private IndicatorSeries LoadIndicator(IndicatorDefinition indicator)
    {
        const string Settings = """
            SELECT set_config('enable_sort', 'off', true), set_config('enable_hashagg', 'off', true),
                   set_config('jit', 'off', true), set_config('max_parallel_workers_per_gather', '0', true)
            """;
        const string SeriesBySite = """
            SELECT site, array_send(array_agg(date)), array_send(array_agg(value)) FROM pilotspec_observations
            WHERE indicator = $1 GROUP BY site ORDER BY site
            """;
        using var connection = _dataSource.OpenConnection();
        using var transaction = connection.BeginTransaction();
        using (var settings = new NpgsqlCommand(Settings, connection, transaction))
        {
            settings.ExecuteNonQuery();
        }

        var series = new IndicatorSeriesBuilder();
        using (var sites = new NpgsqlCommand(SeriesBySite, connection, transaction))
        {
            sites.Parameters.Add(new NpgsqlParameter<string> { TypedValue = indicator.Name });
            using var reader = sites.ExecuteReader();
            while (reader.Read())
            {
                SiteArraysDecoder.AddSite(series, reader.GetString(0), reader.GetFieldValue<byte[]>(1), reader.GetFieldValue<byte[]>(2));
            }
        }

        transaction.Commit();
        return series.Build();
    }

    public StoreContents Contents(PilotDefinition pilot) => StoreException.Guard(Name, () =>
    {
        using var command = _dataSource.CreateCommand(StoreQueries.Counts);
        using var reader = command.ExecuteReader();
        return StoreQueries.Contents(reader, pilot);
    });

    public StoreContents Contents(PilotDefinition pilot, IObservationSource read) => StoreException.Guard(Name, () =>
    {
        using var connection = _dataSource.OpenConnection();
        return StoreQueries.Contents(connection, pilot, read);
    });

    public IEnumerable<StoredObservation> ReadAll()
    {
        // Streamed: Npgsql reads rows off the socket as they are asked for.
        using var command = _dataSource.CreateCommand(StoreQueries.All);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return new StoredObservation(reader.GetString(0), reader.GetString(1), new Observation(reader.GetDateTime(2), reader.GetDecimal(3)));
        }
    }

    public void Rebind(StoreIdentity identity)
    {
        var owner = new PilotIdentity(identity.Pilot, identity.SpecHash);
        StoreException.Guard(Name, () =>
        {
            using var command = _dataSource.CreateCommand("UPDATE pilotspec_store SET spec_hash = $1, updated_at = now() WHERE spec_hash <> $1");
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = owner.SpecHash });
            command.ExecuteNonQuery();
        });
        Identity = identity;
    }

    public void Dispose()
    {
        lock (_readers)
        {
            _readers.ForEach(reader => reader.StopReadingAhead());
        }

        _dataSource.Dispose();
    }
}
