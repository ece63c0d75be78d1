using PilotSpec.Monitoring;
using PilotSpec.Store.Intake;

namespace PilotSpec.Store.Tests;

/// <summary>Writing into the embedded store: one value per indicator, site and period, the last written winning, each batch all or nothing.</summary>
public sealed class IngestTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly IPilotStore _store;

    public IngestTests()
    {
        _store = PilotStores.Initialize(_folder.File("office.pilotstore"), TestPilot.Identity).Store!;
    }

    public void Dispose()
    {
        _store.Dispose();
        _folder.Dispose();
    }

    [Fact]
    public void The_last_value_of_a_period_wins_within_a_batch_and_across_batches()
    {
        using (var batch = _store.BeginIngest(TestPilot.Definition, TestPilot.Clock))
        {
            batch.Record(TestPilot.Rate, TestPilot.North, new DateTime(2024, 3, 10), 60m);
            batch.Record(TestPilot.Rate, TestPilot.North, new DateTime(2024, 3, 31), 62m); // same month: replaces 60
            batch.Record(TestPilot.Rate, TestPilot.North, new DateTime(2024, 4, 30), 65m);
            batch.Commit();
        }

        using (var batch = _store.BeginIngest(TestPilot.Definition, TestPilot.Clock))
        {
            batch.Record(TestPilot.Rate, TestPilot.North, new DateTime(2024, 4, 15), 66.5m); // April again: replaces 65
            batch.Commit();
        }

        var series = _store.Reader(TestPilot.Definition).Observations(TestPilot.Rate, TestPilot.North);

        Assert.Equal([new Observation(new DateTime(2024, 3, 31), 62m), new Observation(new DateTime(2024, 4, 15), 66.5m)], series);
    }

    [Fact]
    public void A_batch_disposed_without_commit_leaves_nothing()
    {
        using (var batch = _store.BeginIngest(TestPilot.Definition, TestPilot.Clock))
        {
            batch.Record(TestPilot.Rate, TestPilot.North, new DateTime(2024, 3, 31), 62m);
        }

        Assert.Equal(new StoreContents(0, 0, 0), _store.Contents(TestPilot.Definition));
    }

    [Fact]
    public void Writing_the_same_rows_again_changes_nothing()
    {
        long changedFirst, changedAgain;
        using (var batch = _store.BeginIngest(TestPilot.Definition, TestPilot.Clock))
        {
            Write(batch);
            changedFirst = batch.Changed;
            batch.Commit();
        }

        using (var batch = _store.BeginIngest(TestPilot.Definition, TestPilot.Clock))
        {
            Write(batch);
            changedAgain = batch.Changed;
            Assert.Equal(3, batch.Written);
            batch.Commit();
        }

        Assert.Equal(3, changedFirst);
        Assert.Equal(0, changedAgain);
        Assert.Equal(new StoreContents(3, 0, 2), _store.Contents(TestPilot.Definition));

        static void Write(IIngestBatch batch)
        {
            batch.Record(TestPilot.Rate, TestPilot.North, new DateTime(2024, 3, 31), 62m);
            batch.Record(TestPilot.Rate, TestPilot.South, new DateTime(2024, 3, 31), 48m);
            batch.Record(TestPilot.Cases, TestPilot.South, new DateTime(2024, 3, 31), 120m);
        }
    }

    [Theory]
    [InlineData("2025-01-02", "62", RejectionReason.FutureDate)]
    [InlineData("2024-03-31", "101", RejectionReason.OutOfRange)]
    public void A_value_a_monitor_refuses_is_refused_by_the_store(string date, string value, RejectionReason reason)
    {
        using var batch = _store.BeginIngest(TestPilot.Definition, TestPilot.Clock);

        var refused = Assert.Throws<ObservationRejectedException>(() =>
            batch.Record(TestPilot.Rate, TestPilot.North, DateTime.Parse(date, System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(reason, refused.Reason);
        Assert.Equal(0, batch.Written);
    }

    [Fact]
    public void Values_come_back_exactly_as_recorded()
    {
        using (var batch = _store.BeginIngest(TestPilot.Definition, TestPilot.Clock))
        {
            batch.Record(TestPilot.Cases, TestPilot.North, new DateTime(2024, 3, 31), 0.1m);
            batch.Record(TestPilot.Cases, TestPilot.North, new DateTime(2024, 6, 30), 79228162514264337593543950335m);
            batch.Record(TestPilot.Cases, TestPilot.North, new DateTime(2024, 9, 30), -12.50m);
            batch.Commit();
        }

        var values = _store.ReadAll().Select(o => o.Observation.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));

        // A REAL column would give 0.1000000000000000055511151231257827 and lose the largest decimal.
        Assert.Equal(["0.1", "79228162514264337593543950335", "-12.50"], values);
    }

    [Fact]
    public void Rows_of_indicators_and_sites_a_revised_spec_dropped_are_kept_and_counted()
    {
        using (var batch = _store.BeginIngest(TestPilot.Definition, TestPilot.Clock))
        {
            batch.Record(TestPilot.Rate, TestPilot.North, new DateTime(2024, 3, 31), 62m);
            batch.Record(TestPilot.Rate, TestPilot.South, new DateTime(2024, 3, 31), 48m);
            batch.Record(TestPilot.Cases, TestPilot.North, new DateTime(2024, 3, 31), 120m);
            batch.Commit();
        }

        // The revision has clearance_rate at North only: South's rate and the cases are outside it.
        Assert.Equal(new StoreContents(3, 2, 1), _store.Contents(TestPilot.Revised));
        Assert.Equal(3, _store.ReadAll().Count());
    }

    [Fact]
    public void The_intake_refuses_the_rows_of_a_file_and_the_batch_then_stores_none_of_them()
    {
        var csv = _folder.File("q1.csv");
        File.WriteAllText(csv, "indicator,site,date,value\nclearance_rate,North,2024-03-31,62\nclearance_rate,Nowhere,2024-03-31,50\nclearance_rate,South,2024-13-01,50\n");
        var intake = new ObservationIntake(TestPilot.Definition, new ObservationStoreSink(new ObservationStore()));

        using (var batch = _store.BeginIngest(TestPilot.Definition, TestPilot.Clock))
        {
            intake.SendTo(batch);
            var refused = intake.TakeFile(csv);

            Assert.Equal(2, refused);
            Assert.Equal([3L, 4L], intake.Refused.Select(r => r.Line));
            Assert.Equal([RowProblem.UnknownSite, RowProblem.BadDate], intake.Refused.Select(r => r.Problem));
        }

        Assert.Equal(0, _store.Contents(TestPilot.Definition).Observations);
    }
}
