using System;
using System.Collections.Generic;
using MathNet.Numerics.Distributions;

namespace PilotSpec.Monitoring.Design;

/// <summary>
/// The smallest effect a comparison of sites can be expected to see, before the pilot starts:
/// the effect that the evaluation's own 95% interval (<see cref="WelchInterval"/>) excludes from
/// zero in 80% of pilots. For a difference in mean changes between n_T pilot and n_C comparison
/// sites whose changes spread with standard deviation σ_Δ, the analytic approximation is
/// <code>MDE = (t(0.975, ν) + t(0.80, ν)) · σ_Δ · √(1/n_T + 1/n_C)</code>
/// with ν the Welch–Satterthwaite degrees of freedom the interval has when both sides spread
/// alike (n_T + n_C − 2 for equal arms; Bloom 1995, Murray 1998 for sites as the units).
/// With few sites it is optimistic: at 4 sites a side the interval it promises 80% power for
/// sees the effect in 76% of pilots, at 2 a side in 45% (Welch's degrees of freedom vary from
/// pilot to pilot and are often fewer than ν). So where ν is below
/// <see cref="AnalyticFromDegreesOfFreedom"/> the MDE is found by simulating the interval
/// itself: a fixed set of simulated pilots (common random numbers, a fixed seed, so the answer
/// is the same on every run), and the effect at which 80% of them exclude zero.
/// </summary>
public static class MinimumDetectableEffect
{
    /// <summary>The two-sided significance level: the interval is 95%.</summary>
    public const double Significance = 0.05;

    /// <summary>The power asked for: the effect is seen in 80% of pilots.</summary>
    public const double Power = 0.80;

    /// <summary>Past this many pilot sites <see cref="SitesNeeded"/> stops looking.</summary>
    public const int MaxSites = 100_000;

    /// <summary>
    /// The MDE of a difference-in-differences with <paramref name="pilotSites"/> and
    /// <paramref name="comparisonSites"/> sites; null with fewer than two on a side (no interval
    /// can be estimated) or without a spread.
    /// </summary>
    public static double? DifferenceInDifferences(int pilotSites, int comparisonSites, double sdOfChange)
    {
        if (pilotSites < 2 || comparisonSites < 2 || !(sdOfChange > 0) || double.IsInfinity(sdOfChange))
        {
            return null;
        }

        // The MDE scales with the spread: the simulation runs once at σ_Δ = 1.
        return IsSimulated(pilotSites, comparisonSites)
            ? sdOfChange * SimulatedUnitEffect(pilotSites, comparisonSites)
            : Analytic(pilotSites, comparisonSites, sdOfChange);
    }

    /// <summary>Below these degrees of freedom the MDE is simulated (the approximation is then off by more than 0.01 in power).</summary>
    public const double AnalyticFromDegreesOfFreedom = 18;

    /// <summary>Simulated pilots behind a simulated MDE: the power at it is 0.80 within about ±0.006.</summary>
    public const int SimulatedPilots = 20_000;

    /// <summary>Whether the MDE of this design is simulated rather than computed by the formula.</summary>
    public static bool IsSimulated(int pilotSites, int comparisonSites) =>
        pilotSites >= 2 && comparisonSites >= 2 && EqualSpreadDegrees(pilotSites, comparisonSites) < AnalyticFromDegreesOfFreedom;

    /// <summary>The analytic approximation, whatever the design's size (for tests and for comparison).</summary>
    public static double Analytic(int pilotSites, int comparisonSites, double sdOfChange)
    {
        var varianceT = sdOfChange * sdOfChange / pilotSites;
        var varianceC = sdOfChange * sdOfChange / comparisonSites;
        var degrees = WelchInterval.DegreesOfFreedom(varianceT, varianceC, pilotSites, comparisonSites);
        var multiplier = StudentT.InvCDF(0, 1, degrees, 1 - (Significance / 2)) + StudentT.InvCDF(0, 1, degrees, Power);
        return multiplier * Math.Sqrt(varianceT + varianceC);
    }

    private static double EqualSpreadDegrees(int pilotSites, int comparisonSites) =>
        WelchInterval.DegreesOfFreedom(1.0 / pilotSites, 1.0 / comparisonSites, pilotSites, comparisonSites);

    // The effect (at σ_Δ = 1) that the Welch interval excludes from zero in 80% of simulated pilots.
    // Shifting the pilot sites' changes by δ moves the difference by δ and leaves its interval's
    // half-width alone, so each simulated pilot is drawn once: it sees δ when |δ + d| > h, with d
    // its difference of means under no effect and h its half-width; δ is then found by bisection.
    // Written by hand: no served library simulates Welch's interval (MathNet gives the t quantiles).
    private static double SimulatedUnitEffect(int pilotSites, int comparisonSites)
    {
        var random = new Random(20_261_207);
        var quantile = new TQuantiles(Math.Min(pilotSites, comparisonSites) - 1, pilotSites + comparisonSites - 2);
        var differences = new double[SimulatedPilots];
        var halves = new double[SimulatedPilots];
        for (var i = 0; i < SimulatedPilots; i++)
        {
            var (meanT, varianceT) = Draw(random, pilotSites);
            var (meanC, varianceC) = Draw(random, comparisonSites);
            var vT = varianceT / pilotSites;
            var vC = varianceC / comparisonSites;
            differences[i] = meanT - meanC;
            halves[i] = quantile.At(WelchInterval.DegreesOfFreedom(vT, vC, pilotSites, comparisonSites)) * Math.Sqrt(vT + vC);
        }

        return EffectSeenInMostPilots(differences, halves);
    }

    /// <summary>
    /// The smallest effect δ that <see cref="Power"/> of the simulated pilots see, each drawn once
    /// under no effect: pilot i sees δ when |δ + differences[i]| > halves[i] (the interval's
    /// half-width, which an effect does not move). Found by bisection. Shared by every design's
    /// simulated MDE, so they cannot drift apart. A pilot without an interval has an infinite
    /// half-width: it never sees the effect, and the search stops at 10⁶ rather than run on.
    /// </summary>
    internal static double EffectSeenInMostPilots(IReadOnlyList<double> differences, IReadOnlyList<double> halves)
    {
        double low = 0, high = 1;
        while (PowerAt(high, differences, halves) < Power && high < 1e6)
        {
            high *= 2;
        }

        for (var step = 0; step < 50; step++)
        {
            var middle = (low + high) / 2;
            if (PowerAt(middle, differences, halves) < Power)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return high;
    }

    private static double PowerAt(double effect, IReadOnlyList<double> differences, IReadOnlyList<double> halves)
    {
        var seen = 0;
        for (var i = 0; i < differences.Count; i++)
        {
            if (Math.Abs(effect + differences[i]) > halves[i])
            {
                seen++;
            }
        }

        return (double)seen / differences.Count;
    }

    // n standard normal draws: their mean and sample variance.
    private static (double Mean, double Variance) Draw(Random random, int count)
    {
        double sum = 0, squares = 0;
        for (var j = 0; j < count; j++)
        {
            var z = Normal.Sample(random, 0, 1);
            sum += z;
            squares += z * z;
        }

        var mean = sum / count;
        return (mean, (squares - (count * mean * mean)) / (count - 1));
    }

    /// <summary>
    /// t(0.975, ν) for ν between Welch's bounds (min(n_T, n_C) − 1 and n_T + n_C − 2), read off a
    /// table in 1/ν, over which the quantile is smooth: 20,000 exact quantiles would take
    /// half a second, the table 129 of them.
    /// </summary>
    private sealed class TQuantiles
    {
        private const int Points = 128;
        private readonly double _low;
        private readonly double _high;
        private readonly double[] _values = new double[Points + 1];

        public TQuantiles(double fewestDegrees, double mostDegrees)
        {
            _low = 1 / mostDegrees;
            _high = 1 / fewestDegrees;
            for (var i = 0; i <= Points; i++)
            {
                _values[i] = StudentT.InvCDF(0, 1, 1 / (_low + ((_high - _low) * i / Points)), 1 - (Significance / 2));
            }
        }

        public double At(double degrees)
        {
            if (_high == _low)
            {
                return _values[0];
            }

            var position = Math.Min(Math.Max((1 / degrees - _low) / (_high - _low), 0), 1) * Points;
            var index = Math.Min((int)position, Points - 1);
            var fraction = position - index;
            return _values[index] + ((_values[index + 1] - _values[index]) * fraction);
        }
    }

    /// <summary>
    /// The fewest sites, keeping the design's ratio of comparison to pilot sites (and two at
    /// least on each side), whose MDE is no larger than <paramref name="effect"/>; null when even
    /// <see cref="MaxSites"/> pilot sites would not do.
    /// </summary>
    public static (int Pilot, int Comparison)? SitesNeeded(int pilotSites, int comparisonSites, double sdOfChange, double effect)
    {
        var wanted = Math.Abs(effect);
        if (!(wanted > 0) || !(sdOfChange > 0))
        {
            return null;
        }

        var ratio = pilotSites > 0 ? (double)Math.Max(comparisonSites, 1) / pilotSites : 1;
        for (var pilot = 2; pilot <= MaxSites; pilot = pilot < 1_000 ? pilot + 1 : pilot + (pilot / 100))
        {
            var comparison = Math.Max(2, (int)Math.Ceiling(ratio * pilot));
            if (DifferenceInDifferences(pilot, comparison, sdOfChange) is { } mde && mde <= wanted)
            {
                return (pilot, comparison);
            }
        }

        return null;
    }
}
