namespace PilotSpec.Monitoring.Tests.Engine;

/// <summary>
/// Grade bands with the rounding rule: 优 from 90, 良 from 80, 中 from 60, 差 below. With
/// `round_to: 0` a score is rounded half away from zero before grading, so the edge of 优 is
/// 89.5; graded as recorded, it is 90 itself.
/// </summary>
public sealed class GradeTests
{
    private static GradeScale Scale(int? roundTo) => new(
        [new GradeBand("差", null), new GradeBand("良", 80m), new GradeBand("优", 90m), new GradeBand("中", 60m)],
        roundTo);

    [Theory]
    // round_to: 0 — 89.49 rounds to 89 (良); 89.5 and 89.51 round to 90 (优).
    [InlineData(89.49, 0, "良")]
    [InlineData(89.5, 0, "优")]
    [InlineData(89.51, 0, "优")]
    // As recorded, all three are below 90: 良.
    [InlineData(89.49, null, "良")]
    [InlineData(89.5, null, "良")]
    [InlineData(89.51, null, "良")]
    // round_to: 1 — 89.95 rounds to 90.0 (优), 89.94 to 89.9 (良).
    [InlineData(89.95, 1, "优")]
    [InlineData(89.94, 1, "良")]
    // Lower edges: 59.5 rounds to 60 (中); 59.49 to 59, below every bound: the band without one (差).
    [InlineData(59.5, 0, "中")]
    [InlineData(59.49, 0, "差")]
    [InlineData(100, 0, "优")]
    [InlineData(0, 0, "差")]
    public void A_value_is_rounded_by_the_rule_then_graded(double value, int? roundTo, string grade)
    {
        Assert.Equal(grade, Scale(roundTo).BandOf((decimal)value)!.Name);
    }

    [Fact]
    public void Bands_are_kept_highest_first_and_ranked_from_the_lowest()
    {
        var scale = Scale(0);

        Assert.Equal(["优", "良", "中", "差"], scale.Bands.Select(b => b.Name));
        Assert.Equal([3, 2, 1, 0], scale.Bands.Select(scale.RankOf));
        Assert.Equal(2m, scale.RankOf(85m));
    }

    [Fact]
    public void Where_lower_is_better_the_band_of_the_lowest_values_ranks_best()
    {
        // An error rate: A from 0, B from 5, C from 10. A holds the lowest values and is the best.
        var scale = new GradeScale([new GradeBand("C", 10m), new GradeBand("A", 0m), new GradeBand("B", 5m)], 0, lowerIsBetter: true);

        Assert.Equal(["C", "B", "A"], scale.Bands.Select(b => b.Name));
        Assert.Equal([0, 1, 2], scale.Bands.Select(scale.RankOf));
        Assert.Equal(2m, scale.RankOf(3m));   // A
        Assert.Equal(1m, scale.RankOf(7.5m)); // rounds to 8: B
        Assert.Equal(0m, scale.RankOf(12m));  // C
    }

    [Fact]
    public void Without_a_lowest_band_a_value_below_every_bound_has_no_grade()
    {
        var scale = new GradeScale([new GradeBand("优", 90m), new GradeBand("合格", 60m)], 0);

        Assert.Null(scale.BandOf(59.4m));
        Assert.Null(scale.RankOf(59.4m));
        Assert.Null(scale.BandOf(null));
    }

    [Fact]
    public void A_scale_refuses_two_bands_without_a_bound_and_no_band_at_all()
    {
        Assert.Throws<ArgumentException>(() => new GradeScale([new GradeBand("差", null), new GradeBand("劣", null)], 0));
        Assert.Throws<ArgumentException>(() => new GradeScale([], 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new GradeScale([new GradeBand("差", null)], 11));
    }

    [Fact]
    public void A_criterion_on_the_grade_compares_ranks_and_reports_each_sites_band()
    {
        var score = new IndicatorDefinition("evaluation_score", unit: "score", direction: Direction.HigherIsBetter, baseline: 75m, frequency: PeriodUnit.Year, grades: Scale(0));
        var sites = new[] { new Site("A"), new Site("B"), new Site("C") };
        var store = new ObservationStore(new ObservationStoreOptions { Clock = Clocks.Fixed(new DateTime(2030, 1, 1)) });
        store.Record(score, sites[0], new DateTime(2021, 12, 31), 89.5m);  // 90: 优, rank 3
        store.Record(score, sites[1], new DateTime(2021, 12, 31), 79.49m); // 79: 中, rank 1
        store.Record(score, sites[2], new DateTime(2021, 12, 31), 80m);    // 80: 良, rank 2

        // `evaluation_score.grade >= 良 at all sites`: 良 has rank 2.
        var atLeastGood = new Criterion(
            "evaluation_score.grade >= 良 at all sites",
            new QuantifiedExpr(Quantifier.All, null, sites, null, new BinaryExpr(BinaryOperator.GreaterOrEqual, new IndicatorExpr(score, ValueMember.Grade), new ConstantExpr(2m))));
        var result = atLeastGood.Judge(new EvaluationContext(store, new DateTime(2021, 12, 31)));

        Assert.False(result.Outcome);
        Assert.Equal([true, false, true], result.Sites.Select(s => s.Outcome));
        Assert.Equal(["优", "中", "良"], result.Sites.Select(s => s.Grade?.Name));
    }
}
