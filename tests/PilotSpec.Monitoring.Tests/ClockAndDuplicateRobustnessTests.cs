using static PilotSpec.Monitoring.Tests.TestPilot;

namespace PilotSpec.Monitoring.Tests;

/// <summary>
/// A site's clock going backwards (an older date recorded after a newer one), batches sent
/// twice, and both at once from many threads: no observation is lost and none is counted
/// twice. (The store is in memory; a persistence layer does not exist yet.)
/// </summary>
public sealed class ClockAndDuplicateRobustnessTests
{
    [Fact]
    public void Concurrent_backwards_recording_with_resent_batches_loses_nothing_and_duplicates_nothing()
    {
        var store = new ObservationStore();
        const int threads = 6;
        const int perThread = 1_500;
        var start = D(2000, 1, 1);
        var outcomes = new System.Collections.Concurrent.ConcurrentBag<RecordOutcome>();
        var failures = new System.Collections.Concurrent.ConcurrentQueue<Exception>();

        using var barrier = new Barrier(threads);
        var workers = Enumerable.Range(0, threads).Select(thread => new Thread(() =>
        {
            barrier.SignalAndWait();
            try
            {
                // Newest first: every recording is older than the one before it.
                for (var i = perThread - 1; i >= 0; i--)
                {
                    var n = (i * threads) + thread;
                    outcomes.Add(store.Record(Daily, East, start.AddDays(n), n));
                }

                // The same batch again, oldest first this time.
                for (var i = 0; i < perThread; i++)
                {
                    var n = (i * threads) + thread;
                    outcomes.Add(store.Record(Daily, East, start.AddDays(n), n));
                }
            }
            catch (Exception e)
            {
                failures.Enqueue(e);
            }
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());

        Assert.Empty(failures);
        Assert.Equal(threads * perThread, outcomes.Count(o => o == RecordOutcome.Added));
        Assert.Equal(threads * perThread, outcomes.Count(o => o == RecordOutcome.Unchanged));
        var series = store.Observations(Daily, East);
        Assert.Equal(threads * perThread, series.Count);
        for (var n = 0; n < series.Count; n++)
        {
            Assert.Equal(start.AddDays(n), series[n].Date);
            Assert.Equal(n, series[n].Value);
        }
    }
}
