using System;
using System.Collections.Generic;
using System.Linq;
using MathNet.Numerics.Distributions;

namespace PilotSpec.Monitoring;

/// <summary>
/// The 95% interval of a difference of two means over sites, as the evaluations compute it:
/// Welch's SE = √(s_T²/n_T + s_C²/n_C), Welch–Satterthwaite degrees of freedom and Student's t,
/// as few sites call for (the sites are the units; each gives one number). The one place this
/// arithmetic lives, so that `pilotc power` simulates exactly the interval an evaluation reports.
/// </summary>
public static class WelchInterval
{
    /// <summary>
    /// The difference of the means of <paramref name="treated"/> and <paramref name="control"/>
    /// with its 95% interval; the interval is null with fewer than two values on a side (no
    /// spread to estimate), and a point when every value on each side is the same.
    /// </summary>
    public static (double Difference, double? Lower, double? Upper, double? DegreesOfFreedom) Of(IReadOnlyList<double> treated, IReadOnlyList<double> control)
    {
        if (treated is null || control is null || treated.Count == 0 || control.Count == 0)
        {
            throw new ArgumentException("Both sides need one value at least.");
        }

        var difference = treated.Average() - control.Average();
        if (treated.Count < 2 || control.Count < 2)
        {
            return (difference, null, null, null);
        }

        var varianceT = Variance(treated) / treated.Count;
        var varianceC = Variance(control) / control.Count;
        var standardError = Math.Sqrt(varianceT + varianceC);
        if (standardError == 0)
        {
            return (difference, difference, difference, null);
        }

        var degrees = DegreesOfFreedom(varianceT, varianceC, treated.Count, control.Count);
        var half = StudentT.InvCDF(0, 1, degrees, 0.975) * standardError;
        return (difference, difference - half, difference + half, degrees);
    }

    /// <summary>
    /// Welch–Satterthwaite degrees of freedom of two sides whose squared standard errors are
    /// <paramref name="varianceOfMeanT"/> and <paramref name="varianceOfMeanC"/>.
    /// </summary>
    public static double DegreesOfFreedom(double varianceOfMeanT, double varianceOfMeanC, int countT, int countC) =>
        Math.Pow(varianceOfMeanT + varianceOfMeanC, 2)
        / ((varianceOfMeanT * varianceOfMeanT / (countT - 1)) + (varianceOfMeanC * varianceOfMeanC / (countC - 1)));

    // Sample variance (n - 1).
    private static double Variance(IReadOnlyList<double> values)
    {
        var mean = values.Average();
        return values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1);
    }
}
