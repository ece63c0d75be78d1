using Npgsql;
using PilotSpec.Tests.Shared;
using Xunit.Abstractions;

namespace PilotSpec.Monitoring.PostgreSql.Tests.Infrastructure;

/// <summary>
/// The PostgreSQL server the tests may write to: the connection string in PILOTSPEC_TEST_POSTGRES
/// (./test.sh starts a throwaway cluster and sets it). Without it the database tests are skipped,
/// or fail where every test must run (<see cref="Requirement"/>).
/// </summary>
public static class PostgresServer
{
    public const string Variable = "PILOTSPEC_TEST_POSTGRES";

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable);

    public static Requirement Needed { get; } = new(
        "A PostgreSQL server (PILOTSPEC_TEST_POSTGRES, a connection string)",
        "set PILOTSPEC_TEST_POSTGRES to the connection string of a server where you may create and drop databases, e.g. Host=127.0.0.1;Port=5432;Username=postgres;Database=postgres",
        () => !string.IsNullOrEmpty(ConnectionString));

    /// <summary>Says once per test class, in the test run's output, why its tests are skipped.</summary>
    public sealed class Notice(IMessageSink sink) : RequirementNotice(sink, Needed);

    /// <summary>The server's connection string with another database.</summary>
    public static NpgsqlConnectionStringBuilder For(string database) =>
        new(ConnectionString) { Database = database, Pooling = true };
}
