using Npgsql;
using PilotSpec.Monitoring;

namespace PilotSpec.Store.Tests;

/// <summary>
/// A PostgreSQL ingest moves a file whose keys are all new with a plain insert, and any other
/// with the upsert; either way the store ends as one value per key, the last written winning.
/// Which statement ran shows in the rows' <c>xmax</c>: an upsert that found a row leaves its
/// lock behind, a plain insert never does.
/// </summary>
public sealed class PostgreSqlInsertPathTests : IClassFixture<PostgresServer.Notice>
{
    private static readonly DateTime[] Months = [new(2024, 1, 31), new(2024, 2, 29), new(2024, 3, 31)];

    [SkippableFact]
    public void Next_months_figures_and_a_new_site_are_all_new_keys_and_land_whole()
    {
        using var place = StorePlace.Create(Engine.PostgreSql);
        using var store = place.Initialize();
        Assert.Equal(2, Ingest(store, (TestPilot.North, Months[0], 1m), (TestPilot.North, Months[1], 2m)));

        // March at North (its earlier months are stored, March is not), and South for the first time;
        // within the file the later row of a period wins.
        Assert.Equal(3, Ingest(store, (TestPilot.North, Months[2], 3m), (TestPilot.South, Months[0], 7m), (TestPilot.South, Months[0], 8m), (TestPilot.South, Months[1], 9m)));

        var reader = store.Reader(TestPilot.Definition);
        Assert.Equal([1m, 2m, 3m], reader.Observations(TestPilot.Rate, TestPilot.North).Select(o => o.Value));
        Assert.Equal([8m, 9m], reader.Observations(TestPilot.Rate, TestPilot.South).Select(o => o.Value));
    }

    [SkippableFact]
    public void A_file_with_one_stored_key_among_new_ones_is_upserted()
    {
        using var place = StorePlace.Create(Engine.PostgreSql);
        using var store = place.Initialize();
        Ingest(store, (TestPilot.North, Months[1], 2m));

        // January and March are new, February is stored: the same value again changes nothing.
        Assert.Equal(2, Ingest(store, (TestPilot.North, Months[0], 1m), (TestPilot.North, Months[1], 2m), (TestPilot.North, Months[2], 3m)));
        Assert.Equal(1, Ingest(store, (TestPilot.North, Months[1], 2.0m)));

        Assert.Equal(["1", "2.0", "3"], store.ReadAll().Select(o => o.Observation.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }

    [SkippableFact]
    public void A_key_committed_by_another_writer_after_the_check_sends_the_file_to_the_upsert()
    {
        using var place = StorePlace.Create(Engine.PostgreSql);
        using var store = place.Initialize();

        // Another writer holds February uncommitted: the file's check cannot see it, its plain
        // insert waits for the key, and fails on it once the other writer commits.
        using var other = new NpgsqlConnection(PostgresServer.For(place.Scalar<string>("SELECT current_database()")!));
        other.Open();
        using var holding = other.BeginTransaction();
        using (var insert = new NpgsqlCommand("INSERT INTO pilotspec_observations (indicator, site, period, date, value) VALUES ($1, $2, $3, $4, 5)", other, holding))
        {
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = TestPilot.Rate.Name });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = TestPilot.North.Code });
            insert.Parameters.Add(new NpgsqlParameter<long> { TypedValue = Periods.IndexOf(Months[1], TestPilot.Rate.RecordingPeriod) });
            insert.Parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = Months[1], NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Date });
            insert.ExecuteNonQuery();
        }

        var ingest = Task.Run(() => Ingest(store, (TestPilot.North, Months[0], 1m), (TestPilot.North, Months[1], 2m)));
        WaitUntilBlocked(place);
        holding.Commit();

        Assert.Equal(2, ingest.GetAwaiter().GetResult());
        Assert.Equal([1m, 2m], store.Reader(TestPilot.Definition).Observations(TestPilot.Rate, TestPilot.North).Select(o => o.Value));
    }

    // Until a session of the test's database waits for a lock (the ingest's insert on the held key).
    private static void WaitUntilBlocked(StorePlace place)
    {
        for (var i = 0; i < 600; i++)
        {
            if (place.Scalar<long>("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'") > 0)
            {
                return;
            }

            Thread.Sleep(50);
        }

        Assert.Fail("the ingest never waited for the held key");
    }

    private static long Ingest(IPilotStore store, params (Site Site, DateTime Date, decimal Value)[] rows)
    {
        using var batch = store.BeginIngest(TestPilot.Definition, TestPilot.Clock);
        foreach (var (site, date, value) in rows)
        {
            batch.Record(TestPilot.Rate, site, date, value);
        }

        batch.Commit();
        return batch.Changed;
    }
}
