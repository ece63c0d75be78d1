using static PilotSpec.Monitoring.Tests.TestPilot;

namespace PilotSpec.Monitoring.Tests;

public sealed class ObservationStoreTests
{
    [Fact]
    public void Concurrent_recording_from_many_threads_loses_nothing()
    {
        // 32,000 days from 1990 run past today: a clock far ahead lets them all count.
        var store = new ObservationStore(new ObservationStoreOptions { Clock = Clocks.Fixed(D(2100, 1, 1)) });
        const int threads = 8;
        const int perThread = 4_000;
        var start = D(1990, 1, 1);

        // Every thread writes its own days into the same two series, all released at once
        // and interleaved (thread t writes days t, t + threads, t + 2 * threads...).
        using var barrier = new Barrier(threads);
        var failures = new System.Collections.Concurrent.ConcurrentQueue<Exception>();
        var workers = Enumerable.Range(0, threads).Select(thread => new Thread(() =>
        {
            barrier.SignalAndWait();
            try
            {
                Write(thread);
            }
            catch (Exception e)
            {
                failures.Enqueue(e); // a crash of the store must fail the test, not the test host
            }
        })).ToList();
        workers.ForEach(w => w.Start());
        workers.ForEach(w => w.Join());

        Assert.Empty(failures);
        Assert.Equal(2 * threads * perThread, store.Count);
        var east = store.Observations(Daily, East);
        Assert.Equal(threads * perThread, east.Count);
        for (var n = 0; n < east.Count; n++)
        {
            Assert.Equal(start.AddDays(n), east[n].Date);
            Assert.Equal(n, east[n].Value);
        }

        void Write(int thread)
        {
            for (var i = 0; i < perThread; i++)
            {
                var n = (i * threads) + thread;
                Assert.Equal(RecordOutcome.Added, store.Record(Daily, East, start.AddDays(n), n));
                Assert.Equal(RecordOutcome.Added, store.Record(Daily, South, start.AddDays(n), -n));
                if (i % 64 == 0)
                {
                    Assert.True(store.Observations(Daily, East).Count > 0); // readers interleave with writers
                }
            }
        }
    }

    [Fact]
    public void Concurrent_writes_to_one_period_keep_exactly_one_of_the_written_values()
    {
        var store = new ObservationStore();
        var outcomes = new System.Collections.Concurrent.ConcurrentBag<RecordOutcome>();
        Parallel.For(0, 200, i => outcomes.Add(store.Record(ResponseTime, East, D(2019, 5, 1 + (i % 28)), i)));

        var only = Assert.Single(store.Observations(ResponseTime, East));
        Assert.InRange(only.Value, 0m, 199m);
        Assert.Equal(1, outcomes.Count(o => o == RecordOutcome.Added));
        Assert.Equal(199, outcomes.Count(o => o != RecordOutcome.Added));
    }

    [Fact]
    public void Observations_recorded_out_of_order_read_back_in_date_order()
    {
        var store = new ObservationStore();
        store.Record(ResponseTime, East, D(2019, 7, 3), 17m);
        store.Record(ResponseTime, East, D(2019, 5, 3), 19m);
        store.Record(ResponseTime, East, D(2019, 6, 3), 18m);

        var series = store.Observations(ResponseTime, East);

        Assert.Equal([D(2019, 5, 3), D(2019, 6, 3), D(2019, 7, 3)], series.Select(o => o.Date));
        Assert.Equal([19m, 18m, 17m], series.Select(o => o.Value));
    }

    [Fact]
    public void A_second_value_in_the_same_period_replaces_the_first_and_says_so()
    {
        var store = new ObservationStore();

        Assert.Equal(RecordOutcome.Added, store.Record(ResponseTime, East, D(2019, 5, 3), 19m));
        Assert.Equal(RecordOutcome.Replaced, store.Record(ResponseTime, East, D(2019, 5, 28), 21m));

        var only = Assert.Single(store.Observations(ResponseTime, East));
        Assert.Equal(new Observation(D(2019, 5, 28), 21m), only);
    }

    [Fact]
    public void Re_sending_the_same_observation_is_idempotent()
    {
        var store = new ObservationStore();
        store.Record(ClearanceRate, East, D(2019, 3, 31), 63m);

        Assert.Equal(RecordOutcome.Unchanged, store.Record(ClearanceRate, East, D(2019, 3, 31), 63m));
        Assert.Single(store.Observations(ClearanceRate, East));
    }

    [Fact]
    public void The_period_of_an_indicator_is_its_measurement_frequency()
    {
        var store = new ObservationStore();

        // Quarterly: January and March are one quarter; April starts the next.
        store.Record(ClearanceRate, East, D(2019, 1, 15), 60m);
        Assert.Equal(RecordOutcome.Replaced, store.Record(ClearanceRate, East, D(2019, 3, 31), 63m));
        Assert.Equal(RecordOutcome.Added, store.Record(ClearanceRate, East, D(2019, 4, 1), 64m));

        // No frequency: one observation a day.
        store.Record(Daily, East, D(2019, 1, 15), 1m);
        Assert.Equal(RecordOutcome.Added, store.Record(Daily, East, D(2019, 1, 16), 2m));

        Assert.Equal(2, store.Observations(ClearanceRate, East).Count);
        Assert.Equal(2, store.Observations(Daily, East).Count);
    }

    [Fact]
    public void Series_are_kept_apart_per_indicator_and_site()
    {
        var store = new ObservationStore();
        store.Record(ResponseTime, East, D(2019, 5, 3), 19m);
        store.Record(ResponseTime, South, D(2019, 5, 3), 25m);
        store.Record(Officers, East, D(2019, 5, 3), 1300m);

        Assert.Equal(19m, Assert.Single(store.Observations(ResponseTime, East)).Value);
        Assert.Equal(25m, Assert.Single(store.Observations(ResponseTime, South)).Value);
        Assert.Equal(1300m, Assert.Single(store.Observations(Officers, East)).Value);
        Assert.Empty(store.Observations(Officers, South));
    }

    [Fact]
    public void A_snapshot_does_not_change_when_more_is_recorded()
    {
        var store = new ObservationStore();
        store.Record(ResponseTime, East, D(2019, 5, 3), 19m);
        var before = store.Observations(ResponseTime, East);

        store.Record(ResponseTime, East, D(2019, 6, 3), 18m);
        store.Record(ResponseTime, East, D(2019, 5, 4), 30m);

        Assert.Equal([new Observation(D(2019, 5, 3), 19m)], before);
        Assert.Equal(2, store.Observations(ResponseTime, East).Count);
    }

    [Fact]
    public void The_time_of_day_is_dropped()
    {
        var store = new ObservationStore();
        store.Record(Daily, East, new DateTime(2019, 5, 3, 23, 59, 0, DateTimeKind.Utc), 1m);

        var only = Assert.Single(store.Observations(Daily, East));
        Assert.Equal(D(2019, 5, 3), only.Date);
        Assert.Equal(DateTimeKind.Unspecified, only.Date.Kind);
    }
}
