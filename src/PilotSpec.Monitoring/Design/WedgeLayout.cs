using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace PilotSpec.Monitoring.Design;

/// <summary>
/// A stepped wedge as its power depends on it: how many sites each wave has, and for each
/// measurement period where each wave stands (control, transition, exposed). Built from the
/// spec's roll-out and the indicator's frequency, up to the evaluation's date. Immutable.
/// </summary>
public sealed class WedgeLayout
{
    /// <summary>Creates a layout: <paramref name="periods"/>[p][w] is wave w's standing in period p.</summary>
    public WedgeLayout(IEnumerable<int> sitesPerWave, IEnumerable<IReadOnlyList<WedgeExposure>> periods)
    {
        SitesPerWave = new ReadOnlyCollection<int>((sitesPerWave ?? throw new ArgumentNullException(nameof(sitesPerWave))).ToArray());
        Periods = new ReadOnlyCollection<IReadOnlyList<WedgeExposure>>((periods ?? throw new ArgumentNullException(nameof(periods))).ToArray());
        if (Periods.Any(p => p.Count != SitesPerWave.Count))
        {
            throw new ArgumentException("Every period gives each wave's standing.", nameof(periods));
        }
    }

    /// <summary>Sites per wave, in the order the waves enter.</summary>
    public IReadOnlyList<int> SitesPerWave { get; }

    /// <summary>Per period, each wave's standing.</summary>
    public IReadOnlyList<IReadOnlyList<WedgeExposure>> Periods { get; }

    /// <summary>Every site of the design.</summary>
    public int Sites => SitesPerWave.Sum();

    /// <summary>
    /// The layout of <paramref name="design"/> measured every <paramref name="unit"/>: the periods
    /// from the one holding the first wave's start to the one holding <paramref name="until"/>
    /// (the evaluation's date; the roll-out's end when null), as the estimate would read them.
    /// </summary>
    public static WedgeLayout Of(SteppedWedgeDesign design, PeriodUnit unit, DateTime? until)
    {
        if (design is null)
        {
            throw new ArgumentNullException(nameof(design));
        }

        var steps = design.Steps.Where(s => s.Sites.Count > 0).ToList();
        if (steps.Count == 0)
        {
            return new WedgeLayout(Array.Empty<int>(), Array.Empty<IReadOnlyList<WedgeExposure>>());
        }

        var first = global::PilotSpec.Monitoring.Periods.IndexOf(steps.Min(s => s.Start), unit);
        var lastDay = until ?? steps.Max(s => s.End) ?? steps.Max(s => s.ExposedFrom);
        var last = global::PilotSpec.Monitoring.Periods.IndexOf(lastDay, unit);
        var periods = new List<IReadOnlyList<WedgeExposure>>();
        for (var period = first; period <= last && periods.Count < MaxPeriods; period++)
        {
            var start = global::PilotSpec.Monitoring.Periods.StartOf(period, unit);
            var end = global::PilotSpec.Monitoring.Periods.EndOf(period, unit);
            // A period still running on the evaluation's date is read as far as it goes.
            periods.Add(steps.Select(s => s.During(start, end)).ToArray());
        }

        return new WedgeLayout(steps.Select(s => s.Sites.Count), periods);
    }

    /// <summary>Past this many periods (daily figures over years) the layout stops: the power is settled long before.</summary>
    public const int MaxPeriods = 5_000;

    /// <summary>The same waves and periods with each wave's sites multiplied by <paramref name="factor"/> (rounded up).</summary>
    public WedgeLayout Scaled(double factor) =>
        new WedgeLayout(SitesPerWave.Select(n => (int)Math.Ceiling(n * factor)), Periods);

    /// <summary>
    /// Each wave's coefficients in the estimate, period by period: the estimate is
    /// Σ_sites Σ_periods c·(the site's change), with c = w_p / (W · n_E,p) for an exposed site and
    /// −w_p / (W · n_C,p) for a control site, w_p = n_E,p · n_C,p / (n_E,p + n_C,p), W = Σ w_p.
    /// Null when no period compares.
    /// </summary>
    public double[][]? Coefficients()
    {
        var weights = new double[Periods.Count];
        var exposed = new int[Periods.Count];
        var control = new int[Periods.Count];
        double total = 0;
        for (var p = 0; p < Periods.Count; p++)
        {
            for (var w = 0; w < SitesPerWave.Count; w++)
            {
                exposed[p] += Periods[p][w] == WedgeExposure.Exposed ? SitesPerWave[w] : 0;
                control[p] += Periods[p][w] == WedgeExposure.Control ? SitesPerWave[w] : 0;
            }

            weights[p] = exposed[p] > 0 && control[p] > 0 ? (double)exposed[p] * control[p] / (exposed[p] + control[p]) : 0;
            total += weights[p];
        }

        if (total == 0)
        {
            return null;
        }

        return SitesPerWave.Select((_, w) => Periods.Select((standing, p) => weights[p] == 0 ? 0
            : standing[w] == WedgeExposure.Exposed ? weights[p] / (total * exposed[p])
            : standing[w] == WedgeExposure.Control ? -weights[p] / (total * control[p])
            : 0).ToArray()).ToArray();
    }
}
