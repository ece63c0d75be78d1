namespace PilotSpec.Monitoring.Tests.Engine;

/// <summary>A province's value from its two cities': sum, mean and mean weighted by population.</summary>
public sealed class RollUpTests
{
    private static readonly Site Province = new("浙江省");
    private static readonly Site Hangzhou = new("杭州", null, SiteRole.Pilot, "浙江省", new Dictionary<string, decimal> { ["population"] = 100m });
    private static readonly Site Ningbo = new("宁波", null, SiteRole.Pilot, "浙江省", new Dictionary<string, decimal> { ["population"] = 300m });

    private static decimal? ProvinceValue(RollUp rollUp, bool ningboReports = true, decimal? provinceOwn = null)
    {
        var indicator = new IndicatorDefinition("rate", unit: "percent", frequency: PeriodUnit.Year, rollUp: rollUp);
        var pilot = new PilotDefinition("P", null, [Province, Hangzhou, Ningbo], [indicator]);
        var monitor = new PilotMonitor(pilot, new ObservationStore(new ObservationStoreOptions { Clock = Clocks.Fixed(new DateTime(2030, 1, 1)) }));
        monitor.Record(indicator, Hangzhou, new DateTime(2020, 12, 31), 10m);
        if (ningboReports)
        {
            monitor.Record(indicator, Ningbo, new DateTime(2020, 11, 30), 20m);
        }

        if (provinceOwn is { } own)
        {
            monitor.Record(indicator, Province, new DateTime(2020, 12, 31), own);
        }

        return monitor.At(new DateTime(2020, 12, 31)).Latest(indicator, Province);
    }

    [Fact]
    public void A_sum_adds_the_children() => Assert.Equal(30m, ProvinceValue(new RollUp(RollUpKind.Sum))); // 10 + 20

    [Fact]
    public void A_mean_counts_each_child_alike() => Assert.Equal(15m, ProvinceValue(new RollUp(RollUpKind.Mean))); // (10 + 20) / 2

    [Fact]
    public void A_weighted_mean_weighs_each_child_by_its_attribute() =>
        Assert.Equal(17.5m, ProvinceValue(new RollUp(RollUpKind.WeightedMean, "population"))); // (10 x 100 + 20 x 300) / 400

    [Fact]
    public void A_missing_child_makes_the_parent_unknown_never_smaller() =>
        Assert.Null(ProvinceValue(new RollUp(RollUpKind.Sum), ningboReports: false));

    [Fact]
    public void A_parent_with_its_own_observation_keeps_it() =>
        Assert.Equal(12m, ProvinceValue(new RollUp(RollUpKind.Sum), provinceOwn: 12m));

    [Fact]
    public void Children_are_found_by_their_parent_code_in_spec_order()
    {
        var pilot = new PilotDefinition("P", null, [Province, Hangzhou, Ningbo], []);

        Assert.Equal([Hangzhou, Ningbo], pilot.ChildrenOf(Province));
        Assert.Empty(pilot.ChildrenOf(Hangzhou));
    }
}
