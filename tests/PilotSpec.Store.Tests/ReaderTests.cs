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
