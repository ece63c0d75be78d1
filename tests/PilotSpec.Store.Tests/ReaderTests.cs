using PilotSpec.Monitoring;
using PilotSpec.Store.Reading;

namespace PilotSpec.Store.Tests;

/// <summary>How the evaluation engine reads a store: one query per indicator, a few indicators kept, series in date order.</summary>
public sealed class ReaderTests : IClassFixture<PostgresServer.Notice>
{
    [Fact]
    public void Every_site_of_an_indicator_comes_from_one_load()
    {
        var loads = new List<string>();
        var cache = new IndicatorSeriesCache(indicator =>
        {
            loads.Add(indicator.Name);
            return IndicatorSeries.Of(new Dictionary<string, Observation[]>
            {
                ["North"] = [new Observation(new DateTime(2024, 3, 31), 62m)],
                ["South"] = [new Observation(new DateTime(2024, 3, 31), 48m)],
            });
        });

        Assert.Equal(62m, cache.Observations(TestPilot.Rate, TestPilot.North)[0].Value);
        Assert.Equal(48m, cache.Observations(TestPilot.Rate, TestPilot.South)[0].Value);
        Assert.Empty(cache.Observations(TestPilot.Rate, new Site("West")));
        Assert.Equal(["clearance_rate"], loads);
    }

    [Fact]
    public void Indicators_stay_while_the_budget_lasts_and_then_only_the_last_four_read()
    {
        var loads = new List<string>();
        var cache = new IndicatorSeriesCache(indicator =>
        {
            loads.Add(indicator.Name);
            var one = new[] { new Observation(new DateTime(2024, 3, 31), 1m), new Observation(new DateTime(2024, 4, 30), 2m) };
            return IndicatorSeries.Of(new Dictionary<string, Observation[]> { ["North"] = one, ["South"] = one, ["East"] = one });
        }, budget: 12);
        var indicators = "abcdefgh".Select(c => new IndicatorDefinition(c.ToString())).ToArray();

        // Each indicator holds 3 sites x 2 = 6 observations: a and b fill the budget of 12 and stay.
        // c..h go through the last four: after h, e f g h are kept and c d are gone.
        // A second pass (the next evaluation) hits a and b; c and d are gone, and reloading them
        // pushes out e and f before they are read, and so on: c..h are read again, a and b are not.
        foreach (var pass in new[] { 1, 2 })
        {
            foreach (var indicator in indicators)
            {
                cache.Observations(indicator, TestPilot.North);
            }
        }

        Assert.Equal(["a", "b", "c", "d", "e", "f", "g", "h", "c", "d", "e", "f", "g", "h"], loads);
        Assert.Equal(12 + (4 * 6), cache.Held);
    }

    [Fact]
    public void The_last_four_indicators_stay_even_over_the_budget()
    {
        var loads = 0;
        var cache = new IndicatorSeriesCache(_ =>
        {
            loads++;
            return IndicatorSeries.Of(new Dictionary<string, Observation[]> { ["North"] = [new Observation(new DateTime(2024, 3, 31), 1m)] });
        }, budget: 0);
        var indicators = "abcd".Select(c => new IndicatorDefinition(c.ToString())).ToArray();

        // A formula of four indicators read site by site: each loaded once, not once per site.
        for (var site = 0; site < 10; site++)
        {
            foreach (var indicator in indicators)
            {
                cache.Observations(indicator, new Site("S" + site));
            }
        }

        Assert.Equal(4, loads);
    }

    [Fact]
    public void Read_ahead_every_indicator_is_read_once_by_one_of_the_two_readers()
    {
        var indicators = Enumerable.Range(0, 9).Select(i => new IndicatorDefinition("i" + i)).ToArray();
        var byMain = new List<string>();
        var ahead = new List<string>();
        var done = new ManualResetEventSlim();
        var cache = new IndicatorSeriesCache(indicator =>
        {
            lock (byMain)
            {
                byMain.Add(indicator.Name);
            }

            return Series(indicator.Name);
        });

        cache.ReadAhead(
            indicators,
            indicator =>
            {
                Thread.Sleep(20); // slower than the evaluation: it catches up and waits for some
                lock (ahead)
                {
                    ahead.Add(indicator.Name);
                }

                return Series(indicator.Name);
            },
            done.Set);
        foreach (var indicator in indicators)
        {
            Assert.Equal(indicator.Name.Length, cache.Observations(indicator, TestPilot.North).Single().Value);
        }

        cache.StopReadingAhead();
        Assert.True(done.IsSet);
        Assert.Equal(indicators.Select(i => i.Name).Order(), byMain.Concat(ahead).Order());
        Assert.All(ahead, name => Assert.Contains(name, new[] { "i1", "i3", "i5", "i7" }));
        Assert.Equal(9, cache.Loads);
    }

    [Fact]
    public void A_read_ahead_that_fails_fails_the_evaluation_that_asks_for_that_indicator_and_stops()
    {
        var indicators = new[] { new IndicatorDefinition("a"), new IndicatorDefinition("b"), new IndicatorDefinition("c"), new IndicatorDefinition("d") };
        var reading = new ManualResetEventSlim();
        var cache = new IndicatorSeriesCache(indicator => Series(indicator.Name));
        cache.ReadAhead(
            indicators,
            indicator =>
            {
                reading.Set();
                throw new StoreException(new StoreProblem(StoreProblemKind.Unavailable, "office", "gone"), new InvalidOperationException());
            },
            () => { });
        Assert.True(reading.Wait(TimeSpan.FromSeconds(30)));
        cache.StopReadingAhead();

        // b failed ahead and is read again when asked for; d was never read ahead.
        Assert.Single(cache.Observations(indicators[1], TestPilot.North));
        Assert.Single(cache.Observations(indicators[3], TestPilot.North));
    }

    [Fact]
    public void The_evaluation_waits_for_an_indicator_being_read_ahead_and_gets_its_failure()
    {
        var indicators = new[] { new IndicatorDefinition("a"), new IndicatorDefinition("b") };
        var started = new ManualResetEventSlim();
        var release = new ManualResetEventSlim();
        var cache = new IndicatorSeriesCache(indicator => Series(indicator.Name));
        cache.ReadAhead(
            indicators,
            indicator =>
            {
                started.Set();
                release.Wait();
                throw new StoreException(new StoreProblem(StoreProblemKind.Unavailable, "office", "gone"), new InvalidOperationException());
            },
            () => { });
        Assert.True(started.Wait(TimeSpan.FromSeconds(30)));

        var asking = Task.Run(() => cache.Observations(indicators[1], TestPilot.North));
        while (cache.Waits == 0 && !asking.IsCompleted)
        {
            Thread.Sleep(10);
        }

        release.Set();

        var failure = Assert.Throws<StoreException>(() => asking.GetAwaiter().GetResult());
        Assert.Equal("gone", failure.Problem.Detail);
        cache.StopReadingAhead();
    }

    [Fact]
    public void Reading_ahead_stops_at_the_budget()
    {
        var indicators = Enumerable.Range(0, 8).Select(i => new IndicatorDefinition("i" + i)).ToArray();
        var ahead = 0;
        var cache = new IndicatorSeriesCache(indicator => Series(indicator.Name), budget: 2);
        var done = new ManualResetEventSlim();
        cache.ReadAhead(indicators, indicator => { Interlocked.Increment(ref ahead); return Series(indicator.Name); }, done.Set);
        Assert.True(done.Wait(TimeSpan.FromSeconds(30)));

        // i1 and i3 fit the budget of 2; then the next would not.
        Assert.Equal(2, ahead);
        Assert.Equal(2, cache.Held);
    }

    [SkippableTheory]
    [MemberData(nameof(StorePlace.Engines), MemberType = typeof(StorePlace))]
    public void A_store_read_ahead_gives_what_it_gives_without(Engine engine)
    {
        using var place = StorePlace.Create(engine);
        var store = place.Initialize();
        using (var batch = store.BeginIngest(TestPilot.Definition, TestPilot.Clock))
        {
            batch.Record(TestPilot.Rate, TestPilot.North, new DateTime(2024, 3, 31), 62m);
            batch.Record(TestPilot.Rate, TestPilot.South, new DateTime(2024, 4, 30), 48.50m);
            batch.Record(TestPilot.Cases, TestPilot.South, new DateTime(2024, 3, 31), 12m);
            batch.Commit();
        }

        var plain = store.Reader(TestPilot.Definition);
        var ahead = store.Reader(TestPilot.Definition, [TestPilot.Rate, TestPilot.Cases]);
        foreach (var indicator in new[] { TestPilot.Rate, TestPilot.Cases })
        {
            foreach (var site in new[] { TestPilot.North, TestPilot.South })
            {
                Assert.Equal(plain.Observations(indicator, site), ahead.Observations(indicator, site));
            }
        }

        Assert.Equal("48.50", ahead.Observations(TestPilot.Rate, TestPilot.South)[0].Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        store.Dispose(); // waits for the read-ahead before it closes the connections
    }

    [Fact]
    public void A_file_store_whose_second_connection_cannot_open_reads_without_reading_ahead()
    {
        using var place = StorePlace.Create(Engine.Sqlite);
        using var store = place.Initialize();
        using (var batch = store.BeginIngest(TestPilot.Definition, TestPilot.Clock))
        {
            batch.Record(TestPilot.Rate, TestPilot.North, new DateTime(2024, 3, 31), 62m);
            batch.Commit();
        }

        // The open connection keeps the removed file; a new one cannot open it.
        File.Delete(place.Address);
        var reader = store.Reader(TestPilot.Definition, [TestPilot.Cases, TestPilot.Rate]);

        Assert.Equal(62m, reader.Observations(TestPilot.Rate, TestPilot.North).Single().Value);
    }

    [Fact]
    public void Reading_ahead_skips_what_the_evaluation_already_holds_and_a_failed_read_of_its_own_fails_it()
    {
        var indicators = Enumerable.Range(0, 6).Select(i => new IndicatorDefinition("i" + i)).ToArray();
        var ahead = new List<string>();
        var done = new ManualResetEventSlim();
        var cache = new IndicatorSeriesCache(indicator => indicator.Name == "i4"
            ? throw new StoreException(new StoreProblem(StoreProblemKind.Unavailable, "office", "disk"), new IOException())
            : Series(indicator.Name));
        new IndicatorSeriesCache(indicator => Series(indicator.Name)).StopReadingAhead(); // nothing to stop
        cache.Observations(indicators[1], TestPilot.North);
        cache.Observations(indicators[3], TestPilot.North);

        cache.ReadAhead(indicators, indicator => { ahead.Add(indicator.Name); return Series(indicator.Name); }, done.Set);
        Assert.True(done.Wait(TimeSpan.FromSeconds(30)));

        Assert.Equal(["i5"], ahead);
        Assert.Equal("disk", Assert.Throws<StoreException>(() => cache.Observations(indicators[4], TestPilot.North)).Problem.Detail);
        Assert.Single(cache.Observations(indicators[5], TestPilot.North));
    }

    private static IndicatorSeries Series(string name) =>
        IndicatorSeries.Of(new Dictionary<string, Observation[]> { ["North"] = [new Observation(new DateTime(2024, 3, 31), name.Length)] });

    [SkippableTheory]
    [MemberData(nameof(StorePlace.Engines), MemberType = typeof(StorePlace))]
    public void A_store_gives_each_site_its_series_in_date_order(Engine engine)
    {
        using var place = StorePlace.Create(engine);
        using var store = place.Initialize();
        using (var batch = store.BeginIngest(TestPilot.Definition, TestPilot.Clock))
        {
            // Written out of order; read back by date.
            batch.Record(TestPilot.Rate, TestPilot.South, new DateTime(2024, 5, 31), 50m);
            batch.Record(TestPilot.Rate, TestPilot.North, new DateTime(2024, 4, 30), 64m);
            batch.Record(TestPilot.Rate, TestPilot.South, new DateTime(2024, 3, 31), 48m);
            batch.Record(TestPilot.Rate, TestPilot.North, new DateTime(2024, 3, 31), 62m);
            batch.Commit();
        }

        var reader = store.Reader(TestPilot.Definition);

        Assert.Equal([62m, 64m], reader.Observations(TestPilot.Rate, TestPilot.North).Select(o => o.Value));
        Assert.Equal([48m, 50m], reader.Observations(TestPilot.Rate, TestPilot.South).Select(o => o.Value));
        Assert.Empty(reader.Observations(TestPilot.Cases, TestPilot.North));
        Assert.Equal([new DateTime(2024, 3, 31), new DateTime(2024, 5, 31)], reader.Observations(TestPilot.Rate, TestPilot.South).Select(o => o.Date));
        Assert.Equal(2, ((IndicatorSeriesCache)reader).Loads); // one query per indicator, whatever the sites
    }
}
