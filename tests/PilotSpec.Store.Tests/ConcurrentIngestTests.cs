using System.Globalization;
using System.Text;
using PilotSpec.Monitoring;
using PilotSpec.Store.Intake;

namespace PilotSpec.Store.Tests;

/// <summary>
/// Several ingests into one PostgreSQL store at once, each through its own connection, as
/// several offices' `pilotc ingest` would: every file lands whole, none deadlocks, and the same
/// file twice leaves what it leaves once. Both batches have streamed their rows before either
/// commits, so the two upserts run at the same moment.
/// </summary>
public sealed class ConcurrentIngestTests : IClassFixture<PostgresServer.Notice>
{
    private const int Months = 600; // 50 years of a monthly indicator at each site

    private static readonly DateTime[] MonthEnds = [.. Enumerable.Range(0, Months).Select(i => new DateTime(1970, 1, 1).AddMonths(i + 1).AddDays(-1))];

    [SkippableFact]
    public void Two_ingests_of_different_files_at_once_both_land()
    {
        using var place = StorePlace.Create(Engine.PostgreSql);
        place.Initialize().Dispose();

        var changed = AtOnce(
            place,
            batch => Write(batch, TestPilot.North, MonthEnds, 10m),
            batch => Write(batch, TestPilot.South, MonthEnds, 20m));

        Assert.Equal([Months, Months], changed);
        using var store = place.Open();
        Assert.Equal(new StoreContents(2 * Months, 0, 2), store.Contents(TestPilot.Definition));
        var reader = store.Reader(TestPilot.Definition);
        Assert.All(reader.Observations(TestPilot.Rate, TestPilot.North), o => Assert.Equal(10m, o.Value));
        Assert.All(reader.Observations(TestPilot.Rate, TestPilot.South), o => Assert.Equal(20m, o.Value));
        Assert.Equal(MonthEnds, reader.Observations(TestPilot.Rate, TestPilot.South).Select(o => o.Date));
    }

    [SkippableFact]
    public void Two_ingests_sharing_keys_written_in_opposite_orders_both_commit_without_a_deadlock()
    {
        using var place = StorePlace.Create(Engine.PostgreSql);
        place.Initialize().Dispose();
        var backwards = MonthEnds.Reverse().ToArray();

        // Row by row in file order, these two would lock the same keys in opposite orders.
        var changed = AtOnce(
            place,
            batch =>
            {
                Write(batch, TestPilot.North, MonthEnds, 10m);
                Write(batch, TestPilot.South, MonthEnds, 10m);
            },
            batch =>
            {
                Write(batch, TestPilot.South, backwards, 20m);
                Write(batch, TestPilot.North, backwards, 20m);
            });

        // The first to commit inserted every key; the second then changed every value.
        Assert.Equal([2L * Months, 2L * Months], changed);
        using var store = place.Open();
        Assert.Equal(new StoreContents(2 * Months, 0, 2), store.Contents(TestPilot.Definition));
        var values = store.ReadAll().Select(o => o.Observation.Value).Distinct().ToList();
        Assert.Single(values);
        Assert.Contains(values[0], new[] { 10m, 20m });
    }

    [SkippableFact]
    public void Two_ingests_of_the_same_file_at_once_leave_what_one_ingest_leaves()
    {
        using var place = StorePlace.Create(Engine.PostgreSql);
        place.Initialize().Dispose();
        var file = place.Folder.File("province.csv");
        WriteFile(file);

        var changed = AtOnce(place, batch => Take(batch, file), batch => Take(batch, file));

        // What the same file leaves in a store of its own, ingested once.
        using var once = StorePlace.Create(Engine.PostgreSql);
        long changedOnce;
        using (var store = once.Initialize())
        {
            using var batch = store.BeginIngest(TestPilot.Definition, TestPilot.Clock);
            Take(batch, file);
            batch.Commit();
            changedOnce = batch.Changed;
        }

        // One of the two made every change; the other, committing after it, found them made.
        Assert.Equal(changedOnce, changed.Sum());
        Assert.Contains(0L, changed);
        using var concurrent = place.Open();
        using var single = once.Open();
        Assert.Equal(Rows(single), Rows(concurrent));
        Assert.Equal(2 * Months + 8, Rows(concurrent).Count);
    }

    // Runs each ingest on its own thread and store connection; they commit once all have written.
    private static long[] AtOnce(StorePlace place, params Action<IIngestBatch>[] ingests)
    {
        using var written = new Barrier(ingests.Length);
        var changed = new long[ingests.Length];
        var running = ingests.Select((ingest, i) => Task.Factory.StartNew(
            () =>
            {
                using var store = place.Open();
                using var batch = store.BeginIngest(TestPilot.Definition, TestPilot.Clock);
                ingest(batch);
                Assert.True(written.SignalAndWait(TimeSpan.FromMinutes(2)), "the other ingest did not finish writing");
                batch.Commit();
                changed[i] = batch.Changed;
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default)).ToArray();
        Assert.True(Task.WaitAll(running, TimeSpan.FromMinutes(5)), "the ingests did not finish (a deadlock?)");
        return changed;
    }

    private static void Write(IIngestBatch batch, Site site, IEnumerable<DateTime> dates, decimal value)
    {
        foreach (var date in dates)
        {
            batch.Record(TestPilot.Rate, site, date, value);
        }
    }

    private static void Take(IIngestBatch batch, string file)
    {
        var intake = new ObservationIntake(TestPilot.Definition);
        Assert.Equal(0, intake.TakeFile(file, batch));
    }

    // Both sites' monthly rates, and the quarterly cases of 2024 twice: the later row of a quarter wins.
    private static void WriteFile(string path)
    {
        var text = new StringBuilder("indicator,site,date,value\n");
        foreach (var site in new[] { "North", "South" })
        {
            foreach (var (date, i) in MonthEnds.Select((d, i) => (d, i)))
            {
                text.Append(CultureInfo.InvariantCulture, $"clearance_rate,{site},{date:yyyy-MM-dd},{i % 100}.5\n");
            }
        }

        foreach (var value in new[] { "1", "2.50" })
        {
            foreach (var site in new[] { "North", "South" })
            {
                foreach (var quarterEnd in new[] { "2024-03-31", "2024-06-30", "2024-09-30", "2024-12-31" })
                {
                    text.Append(CultureInfo.InvariantCulture, $"cases,{site},{quarterEnd},{value}\n");
                }
            }
        }

        File.WriteAllText(path, text.ToString());
    }

    private static List<string> Rows(IPilotStore store) =>
        [.. store.ReadAll().Select(o => string.Create(CultureInfo.InvariantCulture, $"{o.Indicator} {o.Site} {o.Observation.Date:yyyy-MM-dd} {o.Observation.Value}"))];
}
