using System;
using System.Collections.Generic;
using System.Linq;
using MathNet.Numerics.Distributions;

namespace PilotSpec.Monitoring.Design;

/// <summary>
/// The smallest effect a stepped wedge can be expected to see, before it starts: the effect that
/// the evaluation's own interval (<see cref="SteppedWedgeEstimator"/>: a leave-one-site-out
/// jackknife with t on k − 1 degrees of freedom) excludes from zero in 80% of pilots.
///
/// The model: a site's value in period j is its own level + what moved every site in j + the
/// effect when exposed + noise of standard deviation σ (the spread within a site from period to
/// period: σ_b·√(1 − ρ) for a between-site spread σ_b and a correlation ρ of a site's levels).
/// Each change is measured from the site's baseline, itself one noisy figure, so a site's changes
/// share that noise. The estimate is linear in the changes (<see cref="WedgeLayout.Coefficients"/>),
/// hence exactly
/// <code>Var = σ² · Σ_sites [ Σ_p c_p² + (Σ_p c_p)² ]</code>
/// and, analytically, MDE = (t(0.975, k − 1) + t(0.80, k − 1)) · √Var. Like the
/// difference-in-differences, the formula is optimistic with few sites, so below
/// <see cref="MinimumDetectableEffect.AnalyticFromDegreesOfFreedom"/> degrees of freedom the MDE
/// is found by simulating the jackknife interval itself (fixed seed: the same answer every run).
/// Hussey and Hughes (2007) give the variance of their mixed-model estimator for the same design;
/// ours is the within-period comparison the evaluations compute, so its power is computed for it.
/// </summary>
public static class SteppedWedgeMinimumDetectableEffect
{
    /// <summary>Simulated pilots behind a simulated MDE.</summary>
    public const int SimulatedPilots = 4_000;

    /// <summary>The MDE of <paramref name="layout"/> with a within-site spread <paramref name="withinSiteSd"/>; null when no interval can be had.</summary>
    public static double? Of(WedgeLayout layout, double withinSiteSd)
    {
        if (layout is null)
        {
            throw new ArgumentNullException(nameof(layout));
        }

        if (layout.Sites < 3 || !(withinSiteSd > 0) || double.IsInfinity(withinSiteSd) || layout.Coefficients() is null)
        {
            return null;
        }

        return IsSimulated(layout) ? SimulatedUnitEffect(layout) * withinSiteSd : Analytic(layout, withinSiteSd);
    }

    /// <summary>Whether the MDE is simulated (few sites) rather than computed by the formula.</summary>
    public static bool IsSimulated(WedgeLayout layout) =>
        layout is not null && layout.Sites >= 3 && layout.Sites - 1 < MinimumDetectableEffect.AnalyticFromDegreesOfFreedom;

    /// <summary>The standard error of the estimate at a within-site spread of 1; null when no period compares.</summary>
    public static double? UnitStandardError(WedgeLayout layout)
    {
        if (layout?.Coefficients() is not { } coefficients)
        {
            return null;
        }

        double variance = 0;
        for (var w = 0; w < coefficients.Length; w++)
        {
            var squares = coefficients[w].Sum(c => c * c);
            var sum = coefficients[w].Sum();
            variance += layout.SitesPerWave[w] * (squares + (sum * sum));
        }

        return Math.Sqrt(variance);
    }

    /// <summary>The analytic MDE whatever the design's size (for tests and large designs).</summary>
    public static double? Analytic(WedgeLayout layout, double withinSiteSd)
    {
        if (layout is null || layout.Sites < 2 || UnitStandardError(layout) is not { } unit)
        {
            return null;
        }

        var degrees = layout.Sites - 1;
        var multiplier = StudentT.InvCDF(0, 1, degrees, 1 - (MinimumDetectableEffect.Significance / 2)) + StudentT.InvCDF(0, 1, degrees, MinimumDetectableEffect.Power);
        return multiplier * unit * withinSiteSd;
    }

    /// <summary>
    /// The fewest sites, keeping the waves' proportions, whose MDE is no larger than
    /// <paramref name="effect"/>; null when even <see cref="MinimumDetectableEffect.MaxSites"/> would not do.
    /// </summary>
    public static int? SitesNeeded(WedgeLayout layout, double withinSiteSd, double effect)
    {
        var wanted = Math.Abs(effect);
        if (layout is null || layout.Sites == 0 || !(wanted > 0) || !(withinSiteSd > 0))
        {
            return null;
        }

        // More sites in the same waves: the analytic MDE finds the neighbourhood cheaply; where few
        // sites make the simulated MDE the one that counts, it is checked a site at a time from there.
        for (var sites = layout.Sites; sites <= MinimumDetectableEffect.MaxSites; sites = sites < 1_000 ? sites + 1 : sites + (sites / 100))
        {
            var scaled = layout.Scaled((double)sites / layout.Sites);
            if (Analytic(scaled, withinSiteSd) is not { } analytic || analytic > wanted)
            {
                continue;
            }

            if (Of(scaled, withinSiteSd) is { } mde && mde <= wanted)
            {
                return scaled.Sites;
            }
        }

        return null;
    }

    // The effect (at σ = 1) the jackknife interval excludes from zero in 80% of simulated pilots.
    // Adding δ to every exposed change moves the estimate, and every leave-one-out estimate, by δ
    // (each is a weighted mean of exposed-minus-control differences), leaving the interval's
    // half-width alone: each pilot is drawn once under no effect, then δ found by bisection.
    private static double SimulatedUnitEffect(WedgeLayout layout)
    {
        var random = new Random(20_261_207);
        var differences = new List<double>(SimulatedPilots);
        var halves = new List<double>(SimulatedPilots);
        var cells = new List<WedgeCell>();
        for (var i = 0; i < SimulatedPilots; i++)
        {
            cells.Clear();
            var site = 0;
            for (var w = 0; w < layout.SitesPerWave.Count; w++)
            {
                for (var s = 0; s < layout.SitesPerWave[w]; s++, site++)
                {
                    var baselineNoise = Normal.Sample(random, 0, 1);
                    for (var p = 0; p < layout.Periods.Count; p++)
                    {
                        var standing = layout.Periods[p][w];
                        var noise = Normal.Sample(random, 0, 1);
                        if (standing is WedgeExposure.Control or WedgeExposure.Exposed)
                        {
                            cells.Add(new WedgeCell(site, p, standing == WedgeExposure.Exposed, noise - baselineNoise));
                        }
                    }
                }
            }

            var result = SteppedWedgeEstimator.Estimate(cells);
            if (result.Effect is { } effect && result.Upper is { } upper)
            {
                differences.Add(effect);
                halves.Add(upper - effect);
            }
            else
            {
                // No interval in this pilot: it sees no effect, however large.
                differences.Add(0);
                halves.Add(double.PositiveInfinity);
            }
        }

        return MinimumDetectableEffect.EffectSeenInMostPilots(differences, halves);
    }
}
