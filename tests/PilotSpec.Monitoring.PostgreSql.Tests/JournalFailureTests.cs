using Npgsql;
using PilotSpec.Monitoring.PostgreSql.Tests.Infrastructure;

namespace PilotSpec.Monitoring.PostgreSql.Tests;

/// <summary>A database that fails: Record throws and the store keeps what was acknowledged before.</summary>
public sealed class JournalFailureTests : IClassFixture<PostgresServer.Notice>
{
    private static readonly DateTime Jan1 = new(2024, 1, 1);

    [SkippableFact]
    public void A_dropped_table_makes_Record_throw_and_the_store_keeps_its_value()
    {
        using var db = TestDatabase.Create();
        db.Migrate();
        using var journal = TestPilot.Open(db);
        journal.Store.Record(TestPilot.Daily, TestPilot.A, Jan1, 10m);
        db.Execute("DROP TABLE pilotspec_observations");

        var replace = Assert.Throws<PostgresException>(() => journal.Store.Record(TestPilot.Daily, TestPilot.A, Jan1, 11m));
        Assert.Throws<PostgresException>(() => journal.Store.Record(TestPilot.Daily, TestPilot.A, Jan1.AddDays(1), 12m));

        Assert.Equal("42P01", replace.SqlState); // undefined_table
        Assert.Equal([new Observation(Jan1, 10m)], journal.Store.Observations(TestPilot.Daily, TestPilot.A));
        Assert.Equal(1, journal.Store.Count);
    }

    [SkippableFact]
    public void A_closed_data_source_makes_Record_throw_and_the_store_keeps_its_value()
    {
        using var db = TestDatabase.Create();
        db.Migrate();
        var dataSource = db.NewDataSource();
        using var journal = PostgreSqlObservationJournal.Open(dataSource, TestPilot.Definition, TestPilot.Options());
        journal.Store.Record(TestPilot.Daily, TestPilot.A, Jan1, 10m);
        dataSource.Dispose();

        Assert.Throws<ObjectDisposedException>(() => journal.Store.Record(TestPilot.Daily, TestPilot.A, Jan1, 11m));

        Assert.Equal([new Observation(Jan1, 10m)], journal.Store.Observations(TestPilot.Daily, TestPilot.A));
        Assert.Equal(["daily A 738885 2024-01-01 10"], db.Rows());
    }

    [SkippableFact]
    public void A_closed_journal_refuses_and_the_store_keeps_its_value()
    {
        using var db = TestDatabase.Create();
        db.Migrate();
        var journal = TestPilot.Open(db);
        journal.Store.Record(TestPilot.Daily, TestPilot.A, Jan1, 10m);
        journal.Dispose();

        var refused = Assert.Throws<ObjectDisposedException>(() => journal.Store.Record(TestPilot.Daily, TestPilot.A, Jan1, 11m));

        Assert.Contains("closed", refused.Message, StringComparison.Ordinal);
        Assert.Equal([new Observation(Jan1, 10m)], journal.Store.Observations(TestPilot.Daily, TestPilot.A));
    }

    [SkippableFact]
    public void A_server_that_cannot_be_reached_fails_the_open()
    {
        PostgresServer.Needed.Check();
        var builder = new NpgsqlConnectionStringBuilder(PostgresServer.ConnectionString) { Host = "127.0.0.1", Port = 1, Timeout = 2 };
        using var dataSource = NpgsqlDataSource.Create(builder);

        Assert.ThrowsAny<NpgsqlException>(() => TestPilotOpen(dataSource));
    }

    private static PostgreSqlObservationJournal TestPilotOpen(NpgsqlDataSource dataSource) =>
        PostgreSqlObservationJournal.Open(dataSource, TestPilot.Definition, TestPilot.Options());
}
