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
            return new Dictionary<string, Observation[]>
            {
                ["North"] = [new Observation(new DateTime(2024, 3, 31), 62m)],
                ["South"] = [new Observation(new DateTime(2024, 3, 31), 48m)],
            };
        });

        Assert.Equal(62m, cache.Observations(TestPilot.Rate, TestPilot.North)[0].Value);
        Assert.Equal(48m, cache.Observations(TestPilot.Rate, TestPilot.South)[0].Value);
        Assert.Empty(cache.Observations(TestPilot.Rate, new Site("West")));
        Assert.Equal(["clearance_rate"], loads);
    }

    [Fact]
    public void Only_the_most_recently_read_indicators_are_kept()
    {
        var loads = new List<string>();
        var cache = new IndicatorSeriesCache(indicator =>
        {
            loads.Add(indicator.Name);
            return new Dictionary<string, Observation[]>();
        }, capacity: 2);
        var a = new IndicatorDefinition("a");
        var b = new IndicatorDefinition("b");
        var c = new IndicatorDefinition("c");

        // a, b kept; a read again (most recent); c pushes out b, the least recent; b is loaded again.
        foreach (var indicator in new[] { a, b, a, c, a, b })
        {
            cache.Observations(indicator, TestPilot.North);
        }

        Assert.Equal(["a", "b", "c", "b"], loads);
        Assert.Equal(4, cache.Loads);
    }

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
