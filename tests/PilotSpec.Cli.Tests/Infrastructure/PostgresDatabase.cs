using Npgsql;
using PilotSpec.Tests.Shared;
using Xunit.Abstractions;

namespace PilotSpec.Cli.Tests.Infrastructure;

/// <summary>
/// A database of its own on the test server (PILOTSPEC_TEST_POSTGRES, a connection string; ./test.sh
/// starts a throwaway cluster and sets it), dropped when disposed, and its store address as a user
/// types it: postgresql://user@host:port/database. Without a server the test is skipped with the
/// reason, or fails where every test must run (<see cref="Requirement"/>).
/// </summary>
public sealed class PostgresDatabase : IDisposable
{
    public const string Variable = "PILOTSPEC_TEST_POSTGRES";

    private PostgresDatabase(string name, string address)
    {
        Name = name;
        Address = address;
    }

    public static Requirement Needed { get; } = new(
        "A PostgreSQL server (PILOTSPEC_TEST_POSTGRES, a connection string)",
        "set PILOTSPEC_TEST_POSTGRES to the connection string of a server where you may create and drop databases, e.g. Host=127.0.0.1;Port=5432;Username=postgres;Database=postgres",
        () => !string.IsNullOrEmpty(System.Environment.GetEnvironmentVariable(Variable)));

    public string Name { get; }

    /// <summary>The store address, without a password: pilotc gets one, if the server wants it, from <see cref="Environment"/>.</summary>
    public string Address { get; }

    /// <summary>What pilotc's environment needs: PGPASSWORD when the test server's connection string has a password.</summary>
    public IReadOnlyDictionary<string, string?> Environment { get; private init; } = new Dictionary<string, string?>();

    private static string ConnectionString => System.Environment.GetEnvironmentVariable(Variable)!;

    public static PostgresDatabase Create()
    {
        Needed.Check();
        var server = new NpgsqlConnectionStringBuilder(ConnectionString);
        var name = "pilotspec_cli_" + Guid.NewGuid().ToString("N");
        using (var admin = NpgsqlDataSource.Create(ConnectionString))
        using (var create = admin.CreateCommand($"CREATE DATABASE {name}"))
        {
            create.ExecuteNonQuery();
        }

        var user = Uri.EscapeDataString(server.Username ?? System.Environment.UserName);
        return new PostgresDatabase(name, $"postgresql://{user}@{server.Host}:{server.Port}/{name}")
        {
            Environment = string.IsNullOrEmpty(server.Password) ? new Dictionary<string, string?>() : new Dictionary<string, string?> { ["PGPASSWORD"] = server.Password },
        };
    }

    /// <summary>Runs SQL in the database, as another program (or a person) would.</summary>
    public void Execute(string sql)
    {
        using var dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(ConnectionString) { Database = Name }.ConnectionString);
        using var command = dataSource.CreateCommand(sql);
        command.ExecuteNonQuery();
    }

    public void Dispose()
    {
        using var admin = NpgsqlDataSource.Create(ConnectionString);
        using var drop = admin.CreateCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
        drop.ExecuteNonQuery();
    }

    /// <summary>Says once per test class, in the test run's output, why its PostgreSQL tests are skipped.</summary>
    public sealed class Notice(IMessageSink sink) : RequirementNotice(sink, Needed);
}
