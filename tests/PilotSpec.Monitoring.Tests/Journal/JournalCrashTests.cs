using System.Globalization;

namespace PilotSpec.Monitoring.Tests.Journal;

/// <summary>A writing process killed at random points, many times: every observation it acknowledged reloads.</summary>
public sealed class JournalCrashTests
{
    private const int Kills = 30;

    [Fact]
    public void Every_acknowledged_observation_survives_a_kill_at_any_point()
    {
        using var folder = new TempFolder();
        var path = folder.File("crash.jsonl");
        var random = new Random(20);
        var acknowledged = -1; // the highest n the children acknowledged, across all of them
        var totalAcks = 0;
        for (var kill = 0; kill < Kills; kill++)
        {
            using (var writer = JournalWriterProcess.Run("write", path))
            {
                // Let it acknowledge a random number of lines, then kill it wherever it is:
                // between lines, inside a write or inside the flush.
                var wanted = random.Next(1, 60);
                for (var i = 0; i < wanted; i++)
                {
                    var line = writer.Process.StandardOutput.ReadLine();
                    if (line is null)
                    {
                        Assert.Fail($"kill {kill}: the writer ended early: {writer.Process.StandardError.ReadToEnd()}");
                    }

                    var n = int.Parse(line!["ack ".Length..], CultureInfo.InvariantCulture);
                    Assert.Equal(acknowledged + 1, n);
                    acknowledged = n;
                    totalAcks++;
                }

                Thread.Sleep(random.Next(0, 3));
                writer.Process.Kill();
                writer.Process.WaitForExit();

                // Read what it acknowledged before it died.
                string? more;
                while ((more = writer.Process.StandardOutput.ReadLine()) is not null)
                {
                    if (more.StartsWith("ack ", StringComparison.Ordinal))
                    {
                        acknowledged = int.Parse(more["ack ".Length..], CultureInfo.InvariantCulture);
                        totalAcks++;
                    }
                }
            }

            var reloaded = FileObservationJournal.Load(path, JournalWriterProcess.Pilot, out var report);
            var series = reloaded.Observations(JournalWriterProcess.Pilot.Indicators[0], JournalWriterProcess.Pilot.Sites[0]);

            // Every acknowledged one is there with its value; at most one more (written, killed before its ack).
            Assert.InRange(series.Count, acknowledged + 1, acknowledged + 2);
            for (var n = 0; n <= acknowledged; n++)
            {
                Assert.Equal(new Observation(JournalWriterProcess.Start.AddDays(n), n), series[n]);
            }

            // The only damage a kill may leave is a torn last line.
            Assert.All(report.Skipped, s => Assert.Equal(JournalLineProblem.Incomplete, s.Problem));
            acknowledged = series.Count - 1; // the next child continues after what the file holds
        }

        Assert.True(totalAcks >= Kills, $"only {totalAcks} acknowledgements in {Kills} runs");
    }
}
