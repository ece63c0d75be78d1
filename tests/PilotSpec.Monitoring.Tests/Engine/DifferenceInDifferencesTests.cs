namespace PilotSpec.Monitoring.Tests.Engine;

/// <summary>Difference-in-differences: the pilot sites' mean change minus the comparison sites', with Welch's t interval.</summary>
public sealed class DifferenceInDifferencesTests
{
    private static readonly IndicatorDefinition Days = new(
        "approval_days", unit: "working days", direction: Direction.LowerIsBetter, baseline: 200m, baselineDate: new DateTime(2017, 12, 31), frequency: PeriodUnit.Quarter);

    private static readonly Site[] Pilots = [new("P1"), new("P2"), new("P3")];
    private static readonly Site[] Comparisons = [new("C1", null, SiteRole.Comparison), new("C2", null, SiteRole.Comparison), new("C3", null, SiteRole.Comparison)];

    private static EvaluationContext Context(decimal[] pilotEnds, decimal[] comparisonEnds)
    {
        var store = new ObservationStore(new ObservationStoreOptions { Clock = Clocks.Fixed(new DateTime(2030, 1, 1)) });
        for (var i = 0; i < pilotEnds.Length; i++)
        {
            store.Record(Days, Pilots[i], new DateTime(2019, 12, 31), pilotEnds[i]);
        }

        for (var i = 0; i < comparisonEnds.Length; i++)
        {
            store.Record(Days, Comparisons[i], new DateTime(2019, 12, 31), comparisonEnds[i]);
        }

        return new EvaluationContext(store, new DateTime(2019, 12, 31));
    }

    [Fact]
    public void Pilot_sites_200_to_100_against_comparison_200_to_180_is_an_effect_of_minus_80()
    {
        // Every site from the programme's 200: pilots change -100, comparisons -20: -100 - (-20) = -80.
        var estimate = EffectEstimate.DifferenceInDifferences(Context([100m, 100m, 100m], [180m, 180m, 180m]), Days, Pilots, Comparisons);

        Assert.Equal(-80m, estimate.Effect);
        Assert.Equal((-80m, -80m), (estimate.Lower, estimate.Upper)); // no spread: the interval is the point
        Assert.Equal((3, 3, false), (estimate.PilotSites, estimate.ComparisonSites, estimate.IsPartial));
    }

    [Fact]
    public void The_interval_is_welch_s_with_student_t()
    {
        // Changes: pilots -110, -100, -90 (mean -100, s² 100); comparisons -30, -20, -10 (mean -20, s² 100).
        // Effect -80; SE = √(100/3 + 100/3) = 8.1650; df = (66.67)² / (2 × 33.33² / 2) = 4;
        // t(0.975, 4) = 2.7764; half-width 22.670: [-102.670, -57.330].
        var estimate = EffectEstimate.DifferenceInDifferences(Context([90m, 100m, 110m], [170m, 180m, 190m]), Days, Pilots, Comparisons);

        Assert.Equal(-80m, estimate.Effect);
        Assert.Equal(4.0, estimate.DegreesOfFreedom!.Value, 6);
        Assert.Equal(-102.670m, decimal.Round(estimate.Lower!.Value, 3));
        Assert.Equal(-57.330m, decimal.Round(estimate.Upper!.Value, 3));
    }

    [Fact]
    public void A_comparison_site_without_data_narrows_the_estimate_and_says_so()
    {
        // C3 has not reported: the comparisons' mean change is (-20 + -20) / 2 = -20 on 2 sites.
        var estimate = EffectEstimate.DifferenceInDifferences(Context([100m, 100m, 100m], [180m, 180m]), Days, Pilots, Comparisons);

        Assert.Equal(-80m, estimate.Effect);
        Assert.Equal((3, 2, 3, true), (estimate.PilotSites, estimate.ComparisonSites, estimate.ComparisonSitesPlanned, estimate.IsPartial));
    }

    [Fact]
    public void One_site_on_a_side_gives_the_effect_without_an_interval()
    {
        var estimate = EffectEstimate.DifferenceInDifferences(Context([100m, 90m, 110m], [180m]), Days, Pilots, Comparisons);

        Assert.Equal(-80m, estimate.Effect);
        Assert.Null(estimate.Lower);
        Assert.Null(estimate.Upper);
    }

    [Fact]
    public void No_comparison_data_leaves_the_effect_unknown()
    {
        var estimate = EffectEstimate.DifferenceInDifferences(Context([100m, 100m, 100m], []), Days, Pilots, Comparisons);

        Assert.Null(estimate.Effect);
        Assert.Equal(0, estimate.ComparisonSites);
    }
}
