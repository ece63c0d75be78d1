namespace PilotSpec.Monitoring.Tests.Engine;

/// <summary>The stepped-wedge estimator on cells computed by hand (the edge cases; SteppedWedgeTests in the CLI tests has the full worked case).</summary>
public sealed class SteppedWedgeEstimatorTests
{
    [Fact]
    public void Periods_are_weighted_by_how_many_sites_they_compare()
    {
        // Period 1: exposed {10}, control {2, 4} → d = 10 − 3 = 7, w = 1·2/3 = 2/3.
        // Period 2: exposed {9, 11}, control {1} → d = 10 − 1 = 9, w = 2·1/3 = 2/3.
        // Period 3: exposed {5}, control {3} → d = 2, w = 1/2.
        // Effect = (2/3·7 + 2/3·9 + 1/2·2) / (2/3 + 2/3 + 1/2) = (32/3 + 1) / (11/6) = (35/3)·(6/11) = 70/11 = 6.363636.
        WedgeCell[] cells =
        [
            new(0, 1, true, 10), new(1, 1, false, 2), new(2, 1, false, 4),
            new(0, 2, true, 9), new(1, 2, true, 11), new(2, 2, false, 1),
            new(0, 3, true, 5), new(2, 3, false, 3),
        ];

        var result = SteppedWedgeEstimator.Estimate(cells);

        Assert.Equal(70.0 / 11, result.Effect!.Value, 9);
        Assert.Equal(3, result.Sites);
        Assert.Equal(8, result.Observations);
    }

    [Fact]
    public void A_period_with_only_exposed_or_only_control_sites_compares_nothing()
    {
        WedgeCell[] cells = [new(0, 1, false, 1), new(1, 1, false, 2), new(0, 2, true, 5), new(1, 2, true, 6)];

        var result = SteppedWedgeEstimator.Estimate(cells);

        Assert.Null(result.Effect);
        Assert.Equal(0, result.Sites);
        Assert.Equal(0, result.Observations);
    }

    [Fact]
    public void Two_sites_give_an_effect_but_no_interval()
    {
        var result = SteppedWedgeEstimator.Estimate([new(0, 1, true, 5), new(1, 1, false, 1)]);

        Assert.Equal(4, result.Effect);
        Assert.Null(result.Lower);
        Assert.Null(result.Upper);
    }

    [Fact]
    public void Without_a_site_that_alone_makes_a_comparison_there_is_no_interval()
    {
        // Site 0 is the only exposed site: leaving it out leaves nothing exposed, so the jackknife fails.
        WedgeCell[] cells = [new(0, 1, true, 5), new(1, 1, false, 1), new(2, 1, false, 2)];

        var result = SteppedWedgeEstimator.Estimate(cells);

        Assert.Equal(3.5, result.Effect!.Value, 9);
        Assert.Null(result.Lower);
    }

    [Fact]
    public void Equal_differences_everywhere_give_an_interval_of_one_point()
    {
        WedgeCell[] cells =
        [
            new(0, 1, true, 5), new(1, 1, true, 5), new(2, 1, false, 1), new(3, 1, false, 1),
        ];

        var result = SteppedWedgeEstimator.Estimate(cells);

        Assert.Equal(4, result.Effect);
        Assert.Equal(4, result.Lower);
        Assert.Equal(4, result.Upper);
        Assert.Equal(3, result.DegreesOfFreedom);
    }
}
