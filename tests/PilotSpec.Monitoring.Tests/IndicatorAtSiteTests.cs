using static PilotSpec.Monitoring.Tests.TestPilot;

namespace PilotSpec.Monitoring.Tests;

/// <summary>
/// The recording handle, <c>indicator.At(site)</c>: a value that caches its store's series, so
/// these check that the cache never splits a series and that recording allocates nothing.
/// </summary>
public sealed class IndicatorAtSiteTests
{
    private static PilotMonitor MonitorClockedIn2100(ObservationStore? store = null) =>
        new(Definition(), store ?? new ObservationStore(new ObservationStoreOptions { Clock = Clocks.Fixed(D(2100, 1, 1)) }));

    [Fact]
    public void Handles_of_one_store_and_the_store_itself_write_one_series()
    {
        var first = MonitorClockedIn2100();
        var second = new PilotMonitor(Definition(), first.Store);
        var viaFirst = new MonitoredIndicator(first, ResponseTime).At(East);
        var viaSecond = new MonitoredIndicator(second, ResponseTime).At(new Site(East.Code)); // an equal site, another instance

        Assert.Equal(RecordOutcome.Added, viaFirst.Record(D(2019, 5, 3), 19m));
        Assert.Equal(RecordOutcome.Replaced, viaSecond.Record(D(2019, 5, 20), 17m));
        Assert.Equal(RecordOutcome.Replaced, first.Store.Record(ResponseTime, East, D(2019, 5, 31), 16m));
        Assert.Equal(RecordOutcome.Unchanged, viaFirst.Record(D(2019, 5, 31), 16m));

        var only = Assert.Single(first.Store.Observations(ResponseTime, East));
        Assert.Equal(16m, only.Value);
        Assert.Equal(16m, viaSecond.Latest);
        Assert.Empty(first.Store.Observations(ResponseTime, South));
    }

    [Fact]
    public void Concurrent_recording_through_handles_keeps_every_value_in_one_series()
    {
        var monitor = MonitorClockedIn2100();
        const int threads = 6;
        const int perThread = 2_000;
        var start = D(1990, 1, 1);
        var shared = new MonitoredIndicator(monitor, Daily);
        using var barrier = new Barrier(threads);
        var failures = new System.Collections.Concurrent.ConcurrentQueue<Exception>();

        // Half the threads share one indicator handle (and its empty cache), half make their own:
        // every cache is filled by racing threads at once.
        var workers = Enumerable.Range(0, threads).Select(thread => new Thread(() =>
        {
            var indicator = thread % 2 == 0 ? shared : new MonitoredIndicator(monitor, Daily);
            barrier.SignalAndWait();
            try
            {
                for (var i = 0; i < perThread; i++)
                {
                    var n = (i * threads) + thread;
                    Assert.Equal(RecordOutcome.Added, indicator.At(East).Record(start.AddDays(n), (decimal)n));
                    Assert.Equal(RecordOutcome.Added, indicator.At(South).Record(start.AddDays(n), (decimal)-n));
                }
            }
            catch (Exception e)
            {
                failures.Enqueue(e); // a crash must fail the test, not the test host
            }
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());

        Assert.Empty(failures);
        var east = monitor.Store.Observations(Daily, East);
        Assert.Equal(threads * perThread, east.Count);
        Assert.Equal(Enumerable.Range(0, threads * perThread).Select(n => (decimal)n), east.Select(o => o.Value));
        Assert.Equal(2 * threads * perThread, monitor.Store.Count);
    }

    [Fact]
    public void Recording_into_an_existing_series_allocates_nothing()
    {
        var clearance = new MonitoredIndicator(MonitorClockedIn2100(), ClearanceRate);
        clearance.At(East).Record(D(2019, 3, 31), 60m);
        RecordMany(); // warm-up: the first calls may load and compile code

        var before = GC.GetAllocatedBytesForCurrentThread();
        RecordMany();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.Equal(2, clearance.At(East).Observations.Count);

        // A second quarter: an append, then replacements, all within the series' first array.
        void RecordMany()
        {
            for (var i = 0; i < 1_000; i++)
            {
                clearance.At(East).Record(D(2019, 6, 30), 61m + (i % 7));
            }
        }
    }

    [Fact]
    public void A_default_handle_refuses_every_use()
    {
        var unbound = default(IndicatorAtSite);

        Assert.Throws<InvalidOperationException>(() => unbound.Record(D(2019, 3, 31), 1m));
        Assert.Throws<InvalidOperationException>(() => unbound.Latest);
        Assert.Equal("(no indicator)", unbound.ToString());
    }

    [Fact]
    public void Handles_are_equal_when_they_name_the_same_indicator_handle_and_site()
    {
        var clearance = new MonitoredIndicator(MonitorClockedIn2100(), ClearanceRate);

        Assert.Equal(clearance.At(East), clearance.At(new Site(East.Code)));
        Assert.NotEqual(clearance.At(East), clearance.At(South));
        Assert.Equal("clearance_rate at 东城区", clearance.At(East).ToString());
    }
}
