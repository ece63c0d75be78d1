using static PilotSpec.Monitoring.Tests.TestPilot;

namespace PilotSpec.Monitoring.Tests;

public sealed class QuantifierTests
{
    private static readonly Site[] Five = Enumerable.Range(1, 5).Select(i => new Site("site" + i)).ToArray();

    // Sites 1..5 answer in order; 't' true, 'f' false, 'u' unknown.
    private static Func<Site, bool?> Answers(string pattern) => site =>
        pattern[int.Parse(site.Code.Substring(4)) - 1] switch { 't' => true, 'f' => false, _ => (bool?)null };

    [Theory]
    [InlineData("ttttt", true)]
    [InlineData("ttttf", false)]
    [InlineData("ttttu", null)]
    [InlineData("uuuuf", false)]
    public void All_sites(string pattern, bool? expected) => Assert.Equal(expected, Quantify.All(Five, Answers(pattern)));

    [Theory]
    [InlineData("fffff", false)]
    [InlineData("ffftf", true)]
    [InlineData("ffffu", null)]
    [InlineData("uuuut", true)]
    public void Any_site(string pattern, bool? expected) => Assert.Equal(expected, Quantify.Any(Five, Answers(pattern)));

    [Theory]
    [InlineData("ttttf", 80, true)]    // 4 of 5 = 80%
    [InlineData("tttff", 80, false)]   // 3 of 5 = 60%
    [InlineData("tttuf", 80, null)]    // 3 or 4 of 5: cannot tell yet
    [InlineData("tttff", 60, true)]
    [InlineData("ttfff", 60, false)]
    [InlineData("fffff", 0, true)]
    public void Share_of_sites(string pattern, decimal percent, bool? expected) =>
        Assert.Equal(expected, Quantify.Share(Five, percent, Answers(pattern)));

    [Theory]
    [InlineData("ttfff", 2, true)]
    [InlineData("ttfff", 3, false)]
    [InlineData("ttuff", 3, null)]
    public void Count_of_sites(string pattern, decimal count, bool? expected) =>
        Assert.Equal(expected, Quantify.Count(Five, count, Answers(pattern)));

    [Fact]
    public void Quantifiers_range_over_exactly_the_sites_given()
    {
        var store = new ObservationStore();
        store.Record(ResponseTime, East, D(2019, 5, 1), 10m);
        store.Record(ResponseTime, South, D(2019, 5, 1), 30m);
        store.Record(ResponseTime, West, D(2019, 5, 1), 30m);
        var context = new EvaluationContext(store, D(2019, 5, 31));
        bool? Fast(Site s) => Compare.LessOrEqual(context.Latest(ResponseTime, s), 12m);

        Assert.True(Quantify.All([East], Fast));
        Assert.False(Quantify.All(PilotSites, Fast));
        Assert.True(Quantify.Share(PilotSites, 50m, Fast));
        Assert.False(Quantify.Any([South, West], Fast));
        Assert.Equal([East], Quantify.Matching([East, South, West], Fast));
    }

    [Fact]
    public void Criteria_counts_follow_three_valued_logic()
    {
        Assert.True(new CriteriaOutcome([true, true]).AllMet);
        Assert.Null(new CriteriaOutcome([true, null]).AllMet);
        Assert.False(new CriteriaOutcome([false, null]).AllMet);
        Assert.True(new CriteriaOutcome([false, true]).AnyMet);
        Assert.Null(new CriteriaOutcome([false, null]).AnyMet);
        Assert.True(new CriteriaOutcome([false, false]).NoneMet);
        Assert.Null(new CriteriaOutcome([false, null]).NoneMet);
        Assert.False(new CriteriaOutcome([false, true]).NoneMet);
    }
}
