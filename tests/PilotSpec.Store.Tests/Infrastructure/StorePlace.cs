using Npgsql;

namespace PilotSpec.Store.Tests;

/// <summary>The store engines: every test of the store's semantics runs against each.</summary>
public enum Engine
{
    /// <summary>The embedded store: a file.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database (PILOTSPEC_TEST_POSTGRES).</summary>
    PostgreSql,
}

/// <summary>
/// Where one test keeps its store: a file in a folder of its own, or a database of its own
/// (pilotspec_store_&lt;guid&gt;, dropped afterwards: the classes run in parallel, and a test
/// that starts from nothing must find nothing). For PostgreSQL, checks the requirement first,
/// so a test starts with <c>using var place = StorePlace.Create(engine);</c>.
/// </summary>
internal sealed class StorePlace : IDisposable
{
    private readonly TempFolder? _folder;
    private readonly string? _database;

    private StorePlace(Engine engine, string address, TempFolder? folder, string? database)
    {
        Engine = engine;
        Address = address;
        _folder = folder;
        _database = database;
    }

    public static TheoryData<Engine> Engines => [Engine.Sqlite, Engine.PostgreSql];

    public Engine Engine { get; }

    /// <summary>The store as a user names it: a path, or postgresql://user@host:port/database.</summary>
    public string Address { get; }

    /// <summary>A folder for the test's other files (observation files).</summary>
    public TempFolder Folder => _folder ?? throw new InvalidOperationException("no folder");

    public static StorePlace Create(Engine engine)
    {
        if (engine == Engine.Sqlite)
        {
            var folder = new TempFolder();
            return new StorePlace(engine, folder.File("office.pilotstore"), folder, null);
        }

        PostgresServer.Needed.Check();
        var database = "pilotspec_store_" + Guid.NewGuid().ToString("N");
        using (var admin = NpgsqlDataSource.Create(PostgresServer.ConnectionString!))
        using (var create = admin.CreateCommand($"CREATE DATABASE {database}"))
        {
            create.ExecuteNonQuery();
        }

        return new StorePlace(engine, PostgresServer.Address(database), new TempFolder(), database);
    }

    /// <summary><see cref="PilotStores.Initialize"/>, asserting that it opened the store.</summary>
    public IPilotStore Initialize(StoreIdentity? identity = null)
    {
        var opening = PilotStores.Initialize(Address, identity ?? TestPilot.Identity);
        Assert.True(opening.Store is not null, opening.Problem?.ToString());
        return opening.Store!;
    }

    /// <summary><see cref="PilotStores.Open"/>, asserting that it opened the store.</summary>
    public IPilotStore Open(StoreIdentity? identity = null)
    {
        var opening = PilotStores.Open(Address, identity ?? TestPilot.Identity);
        Assert.True(opening.Store is not null, opening.Problem?.ToString());
        return opening.Store!;
    }

    /// <summary>Runs SQL in the test's PostgreSQL database, as another program (or a person) would.</summary>
    public T? Scalar<T>(string sql)
    {
        using var dataSource = NpgsqlDataSource.Create(PostgresServer.For(_database ?? throw new InvalidOperationException("not a PostgreSQL store")));
        using var command = dataSource.CreateCommand(sql);
        var result = command.ExecuteScalar();
        return result is null or DBNull ? default : (T)result;
    }

    public void Dispose()
    {
        _folder?.Dispose();
        if (_database is not null)
        {
            using var admin = NpgsqlDataSource.Create(PostgresServer.ConnectionString!);
            using var drop = admin.CreateCommand($"DROP DATABASE IF EXISTS {_database} WITH (FORCE)");
            drop.ExecuteNonQuery();
        }
    }
}
