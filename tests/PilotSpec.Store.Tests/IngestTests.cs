using System.Globalization;
using PilotSpec.Monitoring;
using PilotSpec.Store.Intake;

namespace PilotSpec.Store.Tests;

/// <summary>
/// Writing into a store, with each engine: one value per indicator, site and period, the last
/// written winning, each batch all or nothing.
/// </summary>
public sealed class IngestTests : IClassFixture<PostgresServer.Notice>
{
    [SkippableTheory]
    [MemberData(nameof(StorePlace.Engines), MemberType = typeof(StorePlace))]
    public void The_last_value_of_a_period_wins_within_a_batch_and_across_batches(Engine engine)
    {
        using var place = StorePlace.Create(engine);
        using var store = place.Initialize();
        using (var batch = store.BeginIngest(TestPilot.Definition, TestPilot.Clock))
        {
            batch.Record(TestPilot.Rate, TestPilot.North, new DateTime(2024, 3, 10), 60m);
            batch.Record(TestPilot.Rate, TestPilot.North, new DateTime(2024, 3, 31), 62m); // same month: replaces 60
            batch.Record(TestPilot.Rate, TestPilot.North, new DateTime(2024, 4, 30), 65m);
            batch.Commit();
            Assert.Equal(3, batch.Written);

            // The embedded engine counts the March row that replaced the batch's own; PostgreSQL counts periods.
            Assert.Equal(engine == Engine.Sqlite ? 3 : 2, batch.Changed);
        }

        using (var batch = store.BeginIngest(TestPilot.Definition, TestPilot.Clock))
        {
            batch.Record(TestPilot.Rate, TestPilot.North, new DateTime(2024, 4, 15), 66.5m); // April again: replaces 65
            batch.Commit();
        }

        var series = store.Reader(TestPilot.Definition).Observations(TestPilot.Rate, TestPilot.North);

        Assert.Equal([new Observation(new DateTime(2024, 3, 31), 62m), new Observation(new DateTime(2024, 4, 15), 66.5m)], series);
    }

    [SkippableTheory]
    [MemberData(nameof(StorePlace.Engines), MemberType = typeof(StorePlace))]
    public void A_batch_disposed_without_commit_leaves_nothing(Engine engine)
    {
        using var place = StorePlace.Create(engine);
        using var store = place.Initialize();
        using (var batch = store.BeginIngest(TestPilot.Definition, TestPilot.Clock))
        {
            batch.Record(TestPilot.Rate, TestPilot.North, new DateTime(2024, 3, 31), 62m);
        }

        Assert.Equal(new StoreContents(0, 0, 0), store.Contents(TestPilot.Definition));

        // The store is still usable after the rollback (the PostgreSQL batch's connection goes back to the pool).
        using (var batch = store.BeginIngest(TestPilot.Definition, TestPilot.Clock))
        {
            batch.Record(TestPilot.Rate, TestPilot.North, new DateTime(2024, 3, 31), 63m);
            batch.Commit();
        }

        Assert.Equal(new StoreContents(1, 0, 1), store.Contents(TestPilot.Definition));
    }

    [SkippableTheory]
    [MemberData(nameof(StorePlace.Engines), MemberType = typeof(StorePlace))]
    public void Writing_the_same_rows_again_changes_nothing(Engine engine)
    {
        using var place = StorePlace.Create(engine);
        using var store = place.Initialize();
        long changedFirst, changedAgain;
        using (var batch = store.BeginIngest(TestPilot.Definition, TestPilot.Clock))
        {
            Write(batch);
            batch.Commit();
            changedFirst = batch.Changed;
        }

        using (var batch = store.BeginIngest(TestPilot.Definition, TestPilot.Clock))
        {
            Write(batch);
            batch.Commit();
            changedAgain = batch.Changed;
            Assert.Equal(3, batch.Written);
        }

        Assert.Equal(3, changedFirst);
        Assert.Equal(0, changedAgain);
        Assert.Equal(new StoreContents(3, 0, 2), store.Contents(TestPilot.Definition));

        static void Write(IIngestBatch batch)
        {
            batch.Record(TestPilot.Rate, TestPilot.North, new DateTime(2024, 3, 31), 62m);
            batch.Record(TestPilot.Rate, TestPilot.South, new DateTime(2024, 3, 31), 48m);
            batch.Record(TestPilot.Cases, TestPilot.South, new DateTime(2024, 3, 31), 120m);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(StorePlace.Engines), MemberType = typeof(StorePlace))]
    public void A_changed_value_or_date_of_a_period_counts_and_an_equal_one_does_not(Engine engine)
    {
        using var place = StorePlace.Create(engine);
        using var store = place.Initialize();
        Ingest(store, (new DateTime(2024, 3, 31), 12.5m), (new DateTime(2024, 6, 30), 7m), (new DateTime(2024, 9, 30), 8m));

        // Another date in the same quarter, the same value written with another scale, the same row.
        var changed = Ingest(store, (new DateTime(2024, 3, 15), 12.5m), (new DateTime(2024, 6, 30), 7.0m), (new DateTime(2024, 9, 30), 8m));

        Assert.Equal(2, changed);
        Assert.Equal(["2024-03-15 12.5", "2024-06-30 7.0", "2024-09-30 8"], store.ReadAll().Select(o => string.Create(CultureInfo.InvariantCulture, $"{o.Observation.Date:yyyy-MM-dd} {o.Observation.Value}")));
    }

    [SkippableTheory]
    [MemberData(nameof(StorePlace.Engines), MemberType = typeof(StorePlace))]
    public void A_value_a_monitor_refuses_is_refused_by_the_store(Engine engine)
    {
        using var place = StorePlace.Create(engine);
        using var store = place.Initialize();
        foreach (var (date, value, reason) in new[] { ("2025-01-02", "62", RejectionReason.FutureDate), ("2024-03-31", "101", RejectionReason.OutOfRange) })
        {
            using var batch = store.BeginIngest(TestPilot.Definition, TestPilot.Clock);

            var refused = Assert.Throws<ObservationRejectedException>(() =>
                batch.Record(TestPilot.Rate, TestPilot.North, DateTime.Parse(date, CultureInfo.InvariantCulture), decimal.Parse(value, CultureInfo.InvariantCulture)));

            Assert.Equal(reason, refused.Reason);
            Assert.Equal(0, batch.Written);
        }
    }

    [SkippableTheory]
    [MemberData(nameof(StorePlace.Engines), MemberType = typeof(StorePlace))]
    public void Values_come_back_exactly_as_recorded(Engine engine)
    {
        using var place = StorePlace.Create(engine);
        using var store = place.Initialize();
        using (var batch = store.BeginIngest(TestPilot.Definition, TestPilot.Clock))
        {
            batch.Record(TestPilot.Cases, TestPilot.North, new DateTime(2024, 3, 31), 0.1m);
            batch.Record(TestPilot.Cases, TestPilot.North, new DateTime(2024, 6, 30), 79228162514264337593543950335m);
            batch.Record(TestPilot.Cases, TestPilot.North, new DateTime(2024, 9, 30), -12.50m);
            batch.Record(TestPilot.Cases, TestPilot.North, new DateTime(2024, 12, 31), -79228162514264337593543950335m);
            batch.Record(TestPilot.Cases, TestPilot.South, new DateTime(2024, 3, 31), 0.0000000000000000000000000001m);
            batch.Record(TestPilot.Cases, TestPilot.South, new DateTime(2024, 6, 30), 10000m);
            batch.Record(TestPilot.Cases, TestPilot.South, new DateTime(2024, 9, 30), 0.000m);
            batch.Record(TestPilot.Cases, TestPilot.South, new DateTime(2024, 12, 31), 123456789012.345678m);
            batch.Record(TestPilot.Cases, TestPilot.South, new DateTime(2023, 12, 31), -0.05m);
            batch.Commit();
        }

        var values = store.ReadAll().Select(o => o.Observation.Value.ToString(CultureInfo.InvariantCulture));
        var reader = store.Reader(TestPilot.Definition);
        var read = reader.Observations(TestPilot.Cases, TestPilot.North).Select(o => o.Value.ToString(CultureInfo.InvariantCulture));
        var readSouth = reader.Observations(TestPilot.Cases, TestPilot.South).Select(o => o.Value.ToString(CultureInfo.InvariantCulture));

        // A REAL column would give 0.1000000000000000055511151231257827 and lose the largest decimal.
        string[] south = ["-0.05", "0.0000000000000000000000000001", "10000", "0.000", "123456789012.345678"];
        Assert.Equal(["0.1", "79228162514264337593543950335", "-12.50", "-79228162514264337593543950335", .. south], values);
        Assert.Equal(["0.1", "79228162514264337593543950335", "-12.50", "-79228162514264337593543950335"], read);

        // PostgreSQL sends base-10000 digit groups: 1e-28 is one group of weight -7 (1 × 10000^-7 =
        // 10^-28); 10000 one group of weight 1; 0.000 none, display scale 3; 123456789012.345678
        // five groups (1234|5678|9012 . 3456|7800), past the 63-bit path; -0.05 one group 500 of
        // weight -1 (500 × 10^-4), display scale 2. Each must come back with its scale.
        Assert.Equal(south, readSouth);
    }

    [SkippableTheory]
    [MemberData(nameof(StorePlace.Engines), MemberType = typeof(StorePlace))]
    public void Rows_of_indicators_and_sites_a_revised_spec_dropped_are_kept_and_counted(Engine engine)
    {
        using var place = StorePlace.Create(engine);
        using var store = place.Initialize();
        using (var batch = store.BeginIngest(TestPilot.Definition, TestPilot.Clock))
        {
            batch.Record(TestPilot.Rate, TestPilot.North, new DateTime(2024, 3, 31), 62m);
            batch.Record(TestPilot.Rate, TestPilot.South, new DateTime(2024, 3, 31), 48m);
            batch.Record(TestPilot.Cases, TestPilot.North, new DateTime(2024, 3, 31), 120m);
            batch.Commit();
        }

        // The revision has clearance_rate at North only: South's rate and the cases are outside it.
        Assert.Equal(new StoreContents(3, 2, 1), store.Contents(TestPilot.Revised));
        Assert.Equal(3, store.ReadAll().Count());

        // After an evaluation: what it read is counted from what it read, the rest from the store.
        var reader = store.Reader(TestPilot.Revised);
        Assert.Equal(new StoreContents(3, 2, 1), store.Contents(TestPilot.Revised, reader));
        reader.Observations(TestPilot.Revised.Indicators[0], TestPilot.North);
        Assert.Equal(new StoreContents(3, 2, 1), store.Contents(TestPilot.Revised, reader));
        reader.Observations(TestPilot.Cases, TestPilot.North);
        Assert.Equal(new StoreContents(3, 0, 2), store.Contents(TestPilot.Definition, reader));
        Assert.Equal(new StoreContents(3, 0, 2), store.Contents(TestPilot.Definition, new ObservationStore()));
    }

    [SkippableTheory]
    [MemberData(nameof(StorePlace.Engines), MemberType = typeof(StorePlace))]
    public void The_intake_refuses_the_rows_of_a_file_and_the_batch_then_stores_none_of_them(Engine engine)
    {
        using var place = StorePlace.Create(engine);
        using var store = place.Initialize();
        var csv = place.Folder.File("q1.csv");
        File.WriteAllText(csv, "indicator,site,date,value\nclearance_rate,North,2024-03-31,62\nclearance_rate,Nowhere,2024-03-31,50\nclearance_rate,South,2024-13-01,50\n");
        var intake = new ObservationIntake(TestPilot.Definition);

        using (var batch = store.BeginIngest(TestPilot.Definition, TestPilot.Clock))
        {
            var refused = intake.TakeFile(csv, batch);

            Assert.Equal(2, refused);
            Assert.Equal([3L, 4L], intake.Refused.Select(r => r.Line));
            Assert.Equal([RowProblem.UnknownSite, RowProblem.BadDate], intake.Refused.Select(r => r.Problem));
        }

        Assert.Equal(0, store.Contents(TestPilot.Definition).Observations);
    }

    // One batch of quarterly cases at North; returns how many rows it changed.
    private static long Ingest(IPilotStore store, params (DateTime Date, decimal Value)[] rows)
    {
        using var batch = store.BeginIngest(TestPilot.Definition, TestPilot.Clock);
        foreach (var (date, value) in rows)
        {
            batch.Record(TestPilot.Cases, TestPilot.North, date, value);
        }

        batch.Commit();
        return batch.Changed;
    }
}
