using Npgsql;
using PilotSpec.Tests.Shared;
using Xunit.Abstractions;

namespace PilotSpec.Store.Tests;

/// <summary>
/// The PostgreSQL server the tests may write to: the connection string in PILOTSPEC_TEST_POSTGRES
/// (./test.sh starts a throwaway cluster and sets it). Without it the PostgreSQL cases are
/// skipped, or fail where every test must run (<see cref="Requirement"/>).
/// </summary>
public static class PostgresServer
{
    public const string Variable = "PILOTSPEC_TEST_POSTGRES";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable);

    public static Requirement Needed { get; } = new(
        "A PostgreSQL server (PILOTSPEC_TEST_POSTGRES, a connection string)",
        "set PILOTSPEC_TEST_POSTGRES to the connection string of a server where you may create and drop databases, e.g. Host=127.0.0.1;Port=5432;Username=postgres;Database=postgres",
        () => !string.IsNullOrEmpty(ConnectionString));

    /// <summary>Says once per test class, in the test run's output, why its PostgreSQL cases are skipped.</summary>
    public sealed class Notice(IMessageSink sink) : RequirementNotice(sink, Needed);

    /// <summary>
    /// The store address of <paramref name="database"/> on the server: postgresql://user@host:port/database.
    /// A password in the connection string goes where pilotc reads it, PGPASSWORD, never into the address.
    /// </summary>
    public static string Address(string database)
    {
        var server = new NpgsqlConnectionStringBuilder(ConnectionString);
        if (!string.IsNullOrEmpty(server.Password))
        {
            Environment.SetEnvironmentVariable("PGPASSWORD", server.Password);
        }

        var user = Uri.EscapeDataString(server.Username ?? Environment.UserName);
        return $"postgresql://{user}@{server.Host}:{server.Port}/{database}";
    }

    /// <summary>The server's connection string with another database.</summary>
    public static string For(string database) => new NpgsqlConnectionStringBuilder(ConnectionString) { Database = database }.ConnectionString;
}
