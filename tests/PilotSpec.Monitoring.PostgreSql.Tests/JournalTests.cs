using PilotSpec.Monitoring.PostgreSql.Tests.Infrastructure;

namespace PilotSpec.Monitoring.PostgreSql.Tests;

/// <summary>Recording through the journal and reopening: what is stored, replaced, left alone and reported.</summary>
public sealed class JournalTests : IClassFixture<PostgresServer.Notice>
{
    private static readonly DateTime Jan1 = new(2024, 1, 1);

    [SkippableFact]
    public void What_was_recorded_is_what_a_reopened_journal_loads()
    {
        using var db = TestDatabase.Create();
        db.Migrate();
        using (var journal = TestPilot.Open(db))
        {
            Assert.Equal(RecordOutcome.Added, journal.Store.Record(TestPilot.Daily, TestPilot.A, Jan1, 10.5m));
            Assert.Equal(RecordOutcome.Added, journal.Store.Record(TestPilot.Daily, TestPilot.A, Jan1.AddDays(1), 0.1234567890123456789012345678m));
            Assert.Equal(RecordOutcome.Added, journal.Store.Record(TestPilot.Monthly, TestPilot.B, new DateTime(2024, 3, 5), 42m));
        }

        // Periods by hand: 2024-01-01 is day 738885 since 0001-01-01; March 2024 is month 2024 * 12 + 2.
        Assert.Equal(
            [
                "daily A 738885 2024-01-01 10.5",
                "daily A 738886 2024-01-02 0.1234567890123456789012345678",
                "monthly B 24290 2024-03-05 42",
            ],
            db.Rows());

        using var reopened = TestPilot.Open(db);
        Assert.Equal(
            [new Observation(Jan1, 10.5m), new Observation(Jan1.AddDays(1), 0.1234567890123456789012345678m)],
            reopened.Store.Observations(TestPilot.Daily, TestPilot.A));
        Assert.Equal([new Observation(new DateTime(2024, 3, 5), 42m)], reopened.Store.Observations(TestPilot.Monthly, TestPilot.B));
        Assert.Equal(3, reopened.Store.Count);
        Assert.Equal(3, reopened.LoadReport.RowsRead);
        Assert.Equal(3, reopened.LoadReport.ObservationsLoaded);
        Assert.True(reopened.LoadReport.IsClean);
        Assert.Same(reopened, reopened.Store.Journal);
    }

    [SkippableFact]
    public void Recording_the_same_period_again_replaces_the_row_last_write_wins()
    {
        using var db = TestDatabase.Create();
        db.Migrate();
        using (var journal = TestPilot.Open(db))
        {
            Assert.Equal(RecordOutcome.Added, journal.Store.Record(TestPilot.Monthly, TestPilot.B, new DateTime(2024, 3, 5), 42m));
            Assert.Equal(RecordOutcome.Replaced, journal.Store.Record(TestPilot.Monthly, TestPilot.B, new DateTime(2024, 3, 20), 43m));
        }

        Assert.Equal(["monthly B 24290 2024-03-20 43"], db.Rows());
        using var reopened = TestPilot.Open(db);
        Assert.Equal([new Observation(new DateTime(2024, 3, 20), 43m)], reopened.Store.Observations(TestPilot.Monthly, TestPilot.B));
    }

    [SkippableFact]
    public void An_equal_value_is_Unchanged_and_writes_no_row()
    {
        using var db = TestDatabase.Create();
        db.Migrate();
        using var journal = TestPilot.Open(db);
        journal.Store.Record(TestPilot.Daily, TestPilot.A, Jan1, 5m);
        var recordedAt = db.Scalar<string>("SELECT recorded_at::text FROM pilotspec_observations");

        Assert.Equal(RecordOutcome.Unchanged, journal.Store.Record(TestPilot.Daily, TestPilot.A, Jan1, 5.00m));

        Assert.Equal(recordedAt, db.Scalar<string>("SELECT recorded_at::text FROM pilotspec_observations"));
        Assert.Equal(1L, db.Scalar<long>("SELECT count(*) FROM pilotspec_observations"));

        // A different value does write: the row's recorded_at moves on.
        Assert.Equal(RecordOutcome.Replaced, journal.Store.Record(TestPilot.Daily, TestPilot.A, Jan1, 6m));
        Assert.True(db.Scalar<bool>($"SELECT recorded_at > '{recordedAt}'::timestamptz FROM pilotspec_observations"));
    }

    [SkippableFact]
    public void Rows_of_indicators_and_sites_the_spec_does_not_have_are_kept_and_reported()
    {
        using var db = TestDatabase.Create();
        db.Migrate();
        db.Execute("""
            INSERT INTO pilotspec_observations (indicator, site, period, date, value) VALUES
              ('daily',   'A', 738885, '2024-01-01', 1),
              ('retired', 'A', 738885, '2024-01-01', 2),
              ('retired', 'B', 738885, '2024-01-01', 3),
              ('retired', 'B', 738886, '2024-01-02', 4),
              ('daily',   'Z', 738885, '2024-01-01', 5),
              ('daily',   'B', 738885, '2024-01-01', 'NaN')
            """);

        using (var journal = TestPilot.Open(db))
        {
            var report = journal.LoadReport;
            Assert.Equal(6, report.RowsRead);
            Assert.Equal(1, report.ObservationsLoaded);
            Assert.Equal(5, report.SkippedRows);
            Assert.Equal(
                [
                    "daily B ValueNotDecimal 1",
                    "daily Z UnknownSite 1",
                    "retired A UnknownIndicator 1",
                    "retired B UnknownIndicator 2",
                ],
                report.Skipped.Select(s => $"{s.Indicator} {s.Site} {s.Problem} {s.Rows}"));
            Assert.Equal("the indicator 'retired' is not one of pilot Trial", report.Skipped[2].Detail);
            Assert.Equal("Trial: 1 observations loaded, 5 stored rows kept but not loaded", report.ToString());
            Assert.Equal("retired at B: 2 rows: the indicator 'retired' is not one of pilot Trial", report.Skipped[3].ToString());
            Assert.Equal(report.ToString(), journal.ToString());
            Assert.Equal([new Observation(Jan1, 1m)], journal.Store.Observations(TestPilot.Daily, TestPilot.A));

            journal.Store.Record(TestPilot.Daily, TestPilot.A, Jan1.AddDays(1), 9m);
        }

        Assert.Equal(7L, db.Scalar<long>("SELECT count(*) FROM pilotspec_observations"));
        Assert.Equal(3L, db.Scalar<long>("SELECT count(*) FROM pilotspec_observations WHERE indicator = 'retired'"));
    }

    [SkippableFact]
    public void A_site_monitor_loads_only_its_sites_and_records_only_there()
    {
        using var db = TestDatabase.Create();
        db.Migrate();
        using (var office = TestPilot.Open(db))
        {
            office.Store.Record(TestPilot.Daily, TestPilot.A, Jan1, 1m);
            office.Store.Record(TestPilot.Daily, TestPilot.B, Jan1, 2m);
            office.Store.Record(TestPilot.Monthly, TestPilot.B, Jan1, 3m);
        }

        using var site = TestPilot.Open(db, "A");

        Assert.Equal(1, site.LoadReport.RowsRead);
        Assert.Equal(1, site.Store.Count);
        Assert.Equal([new Observation(Jan1, 1m)], site.Store.Observations(TestPilot.Daily, TestPilot.A));
        Assert.Throws<InvalidOperationException>(() => site.Store.Record(TestPilot.Daily, TestPilot.B, Jan1, 20m));
        Assert.Empty(site.Store.Observations(TestPilot.Daily, TestPilot.B));
        Assert.Contains("daily B 738885 2024-01-01 2", db.Rows());
        Assert.Throws<ArgumentException>(() => TestPilot.Open(db, "Z"));
    }

    [SkippableFact]
    public void Two_sites_writing_one_key_leave_the_last_write()
    {
        using var db = TestDatabase.Create();
        db.Migrate();
        using var first = PostgreSqlObservationJournal.Open(db.NewDataSource(), TestPilot.Definition, TestPilot.Options());
        using var second = PostgreSqlObservationJournal.Open(db.NewDataSource(), TestPilot.Definition, TestPilot.Options());

        first.Store.Record(TestPilot.Daily, TestPilot.A, Jan1, 1m);
        second.Store.Record(TestPilot.Daily, TestPilot.A, Jan1, 2m);

        Assert.Equal(["daily A 738885 2024-01-01 2"], db.Rows());
        using var reopened = TestPilot.Open(db);
        Assert.Equal([new Observation(Jan1, 2m)], reopened.Store.Observations(TestPilot.Daily, TestPilot.A));
    }

    [SkippableFact]
    public void A_recording_the_pilot_does_not_have_is_refused_by_the_journal_too()
    {
        using var db = TestDatabase.Create();
        db.Migrate();
        using var journal = TestPilot.Open(db);

        // Called directly, as a store that knows no pilot would: the journal refuses what no load would read.
        Assert.Throws<ObservationRejectedException>(() => journal.Append(new IndicatorDefinition("retired"), TestPilot.A, new Observation(Jan1, 1m)));
        Assert.Throws<ObservationRejectedException>(() => journal.Append(TestPilot.Daily, new Site("Z"), new Observation(Jan1, 1m)));
        Assert.Empty(db.Rows());
    }
}
