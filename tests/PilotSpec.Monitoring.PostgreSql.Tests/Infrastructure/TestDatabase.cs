using Npgsql;

namespace PilotSpec.Monitoring.PostgreSql.Tests.Infrastructure;

/// <summary>
/// A database of its own for one test (pilotspec_test_&lt;guid&gt;), dropped when disposed: a test
/// that migrates from empty must find it empty, whatever the other tests did, and the classes
/// run in parallel. Checks the requirement first, so a test starts with <c>using var db = TestDatabase.Create();</c>.
/// </summary>
internal sealed class TestDatabase : IDisposable
{
    private readonly List<NpgsqlDataSource> _dataSources = [];

    private TestDatabase(string name)
    {
        Name = name;
        ConnectionString = PostgresServer.For(name).ConnectionString;
        DataSource = NewDataSource();
    }

    public string Name { get; }

    public string ConnectionString { get; }

    /// <summary>A data source of the database, disposed with it.</summary>
    public NpgsqlDataSource DataSource { get; }

    public static TestDatabase Create()
    {
        PostgresServer.Needed.Check();
        var name = "pilotspec_test_" + Guid.NewGuid().ToString("N");
        using (var admin = NpgsqlDataSource.Create(PostgresServer.ConnectionString!))
        using (var create = admin.CreateCommand($"CREATE DATABASE {name}"))
        {
            create.ExecuteNonQuery();
        }

        return new TestDatabase(name);
    }

    /// <summary>Another data source (own pool) of the database: another site, or one to break.</summary>
    public NpgsqlDataSource NewDataSource()
    {
        var dataSource = NpgsqlDataSource.Create(ConnectionString);
        _dataSources.Add(dataSource);
        return dataSource;
    }

    /// <summary>Migrates to the current version for <paramref name="pilot"/> (default: <see cref="TestPilot"/>), asserting success.</summary>
    public SchemaMigration Migrate(string pilot = TestPilot.Name, string hash = TestPilot.HashA)
    {
        var result = PostgreSqlSchema.Migrate(DataSource, new PilotIdentity(pilot, hash));
        Assert.True(result.Succeeded, result.Error?.Message);
        return result;
    }

    public int Execute(string sql)
    {
        using var command = DataSource.CreateCommand(sql);
        return command.ExecuteNonQuery();
    }

    public T Scalar<T>(string sql)
    {
        using var command = DataSource.CreateCommand(sql);
        return (T)command.ExecuteScalar()!;
    }

    /// <summary>Every row of pilotspec_observations as "indicator site period date value", sorted.</summary>
    public List<string> Rows()
    {
        using var command = DataSource.CreateCommand(
            "SELECT indicator || ' ' || site || ' ' || period || ' ' || date || ' ' || value FROM pilotspec_observations ORDER BY indicator, site, period");
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }

    public void Dispose()
    {
        foreach (var dataSource in _dataSources)
        {
            dataSource.Dispose();
        }

        // FORCE: a child process killed mid-write may leave a session the server has not noticed yet.
        using var admin = NpgsqlDataSource.Create(PostgresServer.ConnectionString!);
        using var drop = admin.CreateCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
        drop.ExecuteNonQuery();
    }
}
