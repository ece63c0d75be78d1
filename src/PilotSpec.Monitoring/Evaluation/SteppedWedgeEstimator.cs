using System;
using System.Collections.Generic;
using System.Linq;
using MathNet.Numerics.Distributions;

namespace PilotSpec.Monitoring;

/// <summary>One site's change from its own baseline in one measurement period of a stepped wedge.</summary>
public readonly struct WedgeCell
{
    /// <summary>Creates a cell.</summary>
    public WedgeCell(int site, long period, bool exposed, double change)
    {
        Site = site;
        Period = period;
        Exposed = exposed;
        Change = change;
    }

    /// <summary>The site's number in the design.</summary>
    public int Site { get; }

    /// <summary>The period's number (equal numbers are the same period).</summary>
    public long Period { get; }

    /// <summary>Exposed (true) or not yet exposed (false); transition periods are not cells.</summary>
    public bool Exposed { get; }

    /// <summary>The site's value in the period minus its baseline.</summary>
    public double Change { get; }
}

/// <summary>
/// The stepped-wedge estimate: within each period, the exposed sites' mean change minus the
/// not-yet-exposed sites' mean change (so whatever moved every site that period cancels, and each
/// site is measured from its own baseline, so lasting differences between sites cancel), averaged
/// over the periods that have both with weights n_E·n_C/(n_E + n_C) — the inverse of the variance
/// factor (1/n_E + 1/n_C) of a difference of two means, so a period comparing many sites counts
/// more than one comparing two. Its 95% interval is a leave-one-site-out jackknife with Student's
/// t on k − 1 degrees of freedom (k the sites it rests on): the sites, not the site-periods, are
/// the units, because one site's periods share its baseline and its habits. The one place this
/// arithmetic lives: the evaluations and `pilotc power`'s simulation both call it.
/// Written by hand: no served .NET library estimates a stepped wedge (MathNet gives the t quantile).
/// </summary>
public static class SteppedWedgeEstimator
{
    /// <summary>
    /// Estimates the effect from <paramref name="cells"/>. The effect is null when no period has
    /// both an exposed and a not-yet-exposed site; the interval is null when fewer than three
    /// sites take part, or when leaving one out leaves nothing to compare.
    /// </summary>
    public static WedgeResult Estimate(IReadOnlyList<WedgeCell> cells)
    {
        if (cells is null)
        {
            throw new ArgumentNullException(nameof(cells));
        }

        var periods = new Dictionary<long, PeriodSums>();
        foreach (var cell in cells)
        {
            periods.TryGetValue(cell.Period, out var sums);
            periods[cell.Period] = sums.Add(cell, 1);
        }

        var effect = Combine(periods.Values);
        if (effect is null)
        {
            return new WedgeResult(null, null, null, null, 0, 0);
        }

        // Only sites and cells in periods that compare something count as what it rests on.
        var compared = cells.Where(c => periods[c.Period].Compares).ToList();
        var bySite = compared.GroupBy(c => c.Site).ToList();
        var sites = bySite.Count;
        if (sites < 3)
        {
            return new WedgeResult(effect, null, null, null, sites, compared.Count);
        }

        var leftOut = new double[sites];
        for (var i = 0; i < sites; i++)
        {
            var without = new Dictionary<long, PeriodSums>(periods);
            foreach (var cell in bySite[i])
            {
                without[cell.Period] = without[cell.Period].Add(cell, -1);
            }

            if (Combine(without.Values) is not { } estimate)
            {
                return new WedgeResult(effect, null, null, null, sites, compared.Count);
            }

            leftOut[i] = estimate;
        }

        var mean = leftOut.Average();
        var standardError = Math.Sqrt((sites - 1.0) / sites * leftOut.Sum(e => (e - mean) * (e - mean)));
        var half = standardError == 0 ? 0 : StudentT.InvCDF(0, 1, sites - 1, 0.975) * standardError;
        return new WedgeResult(effect, effect - half, effect + half, sites - 1, sites, compared.Count);
    }

    // The weighted mean of the periods' differences; null when no period compares.
    private static double? Combine(IEnumerable<PeriodSums> periods)
    {
        double weighted = 0, weights = 0;
        foreach (var period in periods.Where(p => p.Compares))
        {
            var weight = (double)period.ExposedCount * period.ControlCount / (period.ExposedCount + period.ControlCount);
            weighted += weight * ((period.ExposedSum / period.ExposedCount) - (period.ControlSum / period.ControlCount));
            weights += weight;
        }

        return weights > 0 ? weighted / weights : null;
    }

    private readonly struct PeriodSums
    {
        private PeriodSums(double exposedSum, int exposedCount, double controlSum, int controlCount)
        {
            ExposedSum = exposedSum;
            ExposedCount = exposedCount;
            ControlSum = controlSum;
            ControlCount = controlCount;
        }

        public double ExposedSum { get; }

        public int ExposedCount { get; }

        public double ControlSum { get; }

        public int ControlCount { get; }

        public bool Compares => ExposedCount > 0 && ControlCount > 0;

        public PeriodSums Add(WedgeCell cell, int sign) => cell.Exposed
            ? new PeriodSums(ExposedSum + (sign * cell.Change), ExposedCount + sign, ControlSum, ControlCount)
            : new PeriodSums(ExposedSum, ExposedCount, ControlSum + (sign * cell.Change), ControlCount + sign);
    }
}

/// <summary>What <see cref="SteppedWedgeEstimator.Estimate"/> found. Immutable.</summary>
public sealed class WedgeResult
{
    /// <summary>Creates a result.</summary>
    public WedgeResult(double? effect, double? lower, double? upper, double? degreesOfFreedom, int sites, int observations)
    {
        Effect = effect;
        Lower = lower;
        Upper = upper;
        DegreesOfFreedom = degreesOfFreedom;
        Sites = sites;
        Observations = observations;
    }

    /// <summary>The effect; null when no period compares.</summary>
    public double? Effect { get; }

    /// <summary>The 95% interval's lower end; null without an interval.</summary>
    public double? Lower { get; }

    /// <summary>Its upper end.</summary>
    public double? Upper { get; }

    /// <summary>k − 1, when there is an interval.</summary>
    public double? DegreesOfFreedom { get; }

    /// <summary>The sites it rests on: those with a change in a period that compares.</summary>
    public int Sites { get; }

    /// <summary>The site-period changes it rests on.</summary>
    public int Observations { get; }
}
