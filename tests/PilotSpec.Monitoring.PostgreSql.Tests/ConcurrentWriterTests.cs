using PilotSpec.Monitoring.PostgreSql.Tests.Infrastructure;

namespace PilotSpec.Monitoring.PostgreSql.Tests;

/// <summary>
/// Several processes writing into one database at once, and one killed mid-run: every
/// acknowledged observation is stored, and a key several wrote holds one of their last writes.
/// </summary>
public sealed class ConcurrentWriterTests : IClassFixture<PostgresServer.Notice>
{
    private const int Writers = 4;
    private const int Count = 40;
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(2);

    [SkippableFact]
    public void Four_processes_writing_at_once_lose_nothing_they_acknowledged()
    {
        using var db = TestDatabase.Create();
        db.Migrate(WriterPilot.Definition.Name);
        var writers = Enumerable.Range(0, Writers)
            .Select(w => WriterProcess.Start(db.ConnectionString, "shared", w.ToString(System.Globalization.CultureInfo.InvariantCulture), Count.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        try
        {
            var acks = new List<Ack>[Writers];
            for (var w = 0; w < Writers; w++)
            {
                acks[w] = writers[w].AllAcks(Patience);
                Assert.True(writers[w].Process.WaitForExit(Patience), "a writer did not finish");
                Assert.True(writers[w].Process.ExitCode == 0, $"writer {w} exited with {writers[w].Process.ExitCode}: {writers[w].Errors}");
                Assert.Equal(Count, acks[w].Count);
            }

            var stored = StoredValues(db);

            // Each writer's own site: 20 keys (odd steps) only it wrote, each with its own value.
            // The shared site: 5 keys (days 0..4) that all four wrote 4 times each.
            Assert.Equal((Writers * Count / 2) + 5, stored.Count);
            foreach (var ack in acks.SelectMany(a => a).Where(a => a.Site != "S"))
            {
                Assert.Equal(ack.Value, stored[(ack.Site, ack.Day)]);
            }

            // A writer's writes to one key commit in its order, so the key ends on the last
            // write of one of the writers: hand-computed, writer w's last step on day d is the
            // largest even n < 40 with n % 5 == d (38, 36, 32, 34, 30 for days 3, 1, 2, 4, 0).
            var lastSteps = new Dictionary<int, int> { [0] = 30, [1] = 36, [2] = 32, [3] = 38, [4] = 34 };
            for (var day = 0; day < 5; day++)
            {
                var candidates = Enumerable.Range(0, Writers).Select(w => (w * 1000000m) + lastSteps[day]).ToList();
                Assert.Contains(stored[("S", day)], candidates);
                Assert.Contains(acks.SelectMany(a => a), a => a.Site == "S" && a.Day == day && a.Value == stored[("S", day)]);
            }

            // And a reopened store reads exactly what the database holds.
            using var reopened = PostgreSqlObservationJournal.Open(db.DataSource, WriterPilot.Definition);
            Assert.Equal(stored.Count, reopened.Store.Count);
            var indicator = WriterPilot.Definition.Indicators[0];
            foreach (var ((site, day), value) in stored)
            {
                var observation = Assert.Single(reopened.Store.Observations(indicator, WriterPilot.Definition.FindSite(site)!), o => o.Date == WriterPilot.Start.AddDays(day));
                Assert.Equal(value, observation.Value);
            }
        }
        finally
        {
            writers.ForEach(w => w.Dispose());
        }
    }

    [SkippableFact]
    public void A_writer_killed_mid_run_loses_nothing_it_acknowledged()
    {
        using var db = TestDatabase.Create();
        db.Migrate(WriterPilot.Definition.Name);
        var connection = new Npgsql.NpgsqlConnectionStringBuilder(db.ConnectionString) { ApplicationName = "pg-journal-writer" }.ConnectionString;
        using var writer = WriterProcess.Start(connection, "forever", "1");
        var acks = new List<Ack>();
        while (acks.Count < 30)
        {
            acks.Add(writer.NextAck(Patience) ?? throw new InvalidOperationException($"the writer stopped acknowledging after {acks.Count}: {writer.Errors}"));
        }

        writer.Kill();
        acks.AddRange(writer.AllAcks(Patience));

        // The server may still be finishing a statement the writer sent before it died (and will
        // commit it): read only once its sessions are gone, so the reads below agree.
        var deadline = DateTime.UtcNow + Patience;
        while (db.Scalar<long>("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'pg-journal-writer'") > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the killed writer's sessions did not end");
            Thread.Sleep(20);
        }

        var stored = StoredValues(db);
        foreach (var ack in acks)
        {
            Assert.Equal(ack.Value, stored[(ack.Site, ack.Day)]);
        }

        // Every acknowledged observation, then at most the one committed whose acknowledgement
        // the kill cut off: the writer records day 0, 1, 2, ... one at a time.
        Assert.InRange(stored.Count, acks.Count, acks.Count + 1);
        Assert.All(stored.Keys, key => Assert.Equal("W1", key.Site));
        Assert.Equal(Enumerable.Range(0, stored.Count), stored.Keys.Select(k => k.Day).Order());
        using var reopened = PostgreSqlObservationJournal.Open(db.DataSource, WriterPilot.Definition);
        Assert.Equal(stored.Count, reopened.Store.Count);
    }

    // Every stored row, by site and day since WriterPilot.Start.
    private static Dictionary<(string Site, int Day), decimal> StoredValues(TestDatabase db)
    {
        using var command = db.DataSource.CreateCommand("SELECT site, date - DATE '2000-01-01', value FROM pilotspec_observations");
        using var reader = command.ExecuteReader();
        var stored = new Dictionary<(string, int), decimal>();
        while (reader.Read())
        {
            stored.Add((reader.GetString(0), reader.GetInt32(1)), reader.GetDecimal(2));
        }

        return stored;
    }
}
