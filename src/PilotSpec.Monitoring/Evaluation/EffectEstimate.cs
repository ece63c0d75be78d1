using System;
using System.Collections.Generic;
using System.Linq;

namespace PilotSpec.Monitoring;

/// <summary>
/// A difference-in-differences estimate of a reform's effect on one indicator: the mean change
/// at the pilot sites minus the mean change at the comparison sites, each change measured from
/// the site's own baseline, with a 95% interval from the sites themselves (the sites are the
/// units: a site's monthly figures are not independent replications). The interval is Welch's
/// (<see cref="WelchInterval"/>). With fewer than two sites on a side the interval cannot be estimated
/// and is left out, saying so, rather than made up. A stepped wedge's estimate
/// (<see cref="SteppedWedge"/>) compares exposed with not-yet-exposed sites period by period
/// (<see cref="SteppedWedgeEstimator"/>). Immutable.
/// </summary>
public sealed class EffectEstimate
{
    /// <summary>The method word of a difference-in-differences estimate.</summary>
    public const string DifferenceInDifferencesMethod = "difference_in_differences";

    /// <summary>The method word of a stepped-wedge estimate.</summary>
    public const string SteppedWedgeMethod = "stepped_wedge";

    private EffectEstimate(string method, IndicatorDefinition indicator, decimal? effect, decimal? lower, decimal? upper, int pilotSites, int comparisonSites, int pilotSitesPlanned, int comparisonSitesPlanned, double? degreesOfFreedom, int observations)
    {
        Method = method;
        Observations = observations;
        Indicator = indicator;
        Effect = effect;
        Lower = lower;
        Upper = upper;
        PilotSites = pilotSites;
        ComparisonSites = comparisonSites;
        PilotSitesPlanned = pilotSitesPlanned;
        ComparisonSitesPlanned = comparisonSitesPlanned;
        DegreesOfFreedom = degreesOfFreedom;
    }

    /// <summary>How it was estimated: <see cref="DifferenceInDifferencesMethod"/> or <see cref="SteppedWedgeMethod"/>.</summary>
    public string Method { get; }

    /// <summary>
    /// The site figures it compares: one change per site for a difference-in-differences, one
    /// change per site and period for a stepped wedge.
    /// </summary>
    public int Observations { get; }

    /// <summary>The indicator.</summary>
    public IndicatorDefinition Indicator { get; }

    /// <summary>The estimated effect, in the indicator's unit; null when a side has no site with data.</summary>
    public decimal? Effect { get; }

    /// <summary>The lower end of the 95% interval; null when it cannot be estimated.</summary>
    public decimal? Lower { get; }

    /// <summary>The upper end of the 95% interval; null when it cannot be estimated.</summary>
    public decimal? Upper { get; }

    /// <summary>How many pilot sites it rests on (those with a change); for a stepped wedge, every site it rests on.</summary>
    public int PilotSites { get; }

    /// <summary>How many comparison sites it rests on.</summary>
    public int ComparisonSites { get; }

    /// <summary>How many pilot sites the design has.</summary>
    public int PilotSitesPlanned { get; }

    /// <summary>How many comparison sites the design has.</summary>
    public int ComparisonSitesPlanned { get; }

    /// <summary>The degrees of freedom of the interval, when there is one: Welch–Satterthwaite's, or k − 1 for a stepped wedge's jackknife.</summary>
    public double? DegreesOfFreedom { get; }

    /// <summary>Whether it rests on fewer sites than the design has: missing data narrowed it.</summary>
    public bool IsPartial => PilotSites < PilotSitesPlanned || ComparisonSites < ComparisonSitesPlanned;

    /// <summary>Estimates the effect on <paramref name="indicator"/> with the data of <paramref name="context"/>.</summary>
    public static EffectEstimate DifferenceInDifferences(EvaluationContext context, IndicatorDefinition indicator, IReadOnlyList<Site> pilotSites, IReadOnlyList<Site> comparisonSites)
    {
        if (context is null)
        {
            throw new ArgumentNullException(nameof(context));
        }

        if (indicator is null)
        {
            throw new ArgumentNullException(nameof(indicator));
        }

        var treated = Changes(context, indicator, pilotSites);
        var control = Changes(context, indicator, comparisonSites);
        if (treated.Count == 0 || control.Count == 0)
        {
            return new EffectEstimate(DifferenceInDifferencesMethod, indicator, null, null, null, treated.Count, control.Count, pilotSites.Count, comparisonSites.Count, null, treated.Count + control.Count);
        }

        var (effect, lower, upper, degrees) = WelchInterval.Of(treated, control);
        return new EffectEstimate(DifferenceInDifferencesMethod, indicator, Round(effect), lower is { } l ? Round(l) : null, upper is { } u ? Round(u) : null, treated.Count, control.Count, pilotSites.Count, comparisonSites.Count, degrees, treated.Count + control.Count);
    }

    /// <summary>
    /// Estimates the effect on <paramref name="indicator"/> of the stepped-wedge roll-out
    /// <paramref name="design"/>: each site's value in each measurement period (its last one in the
    /// period, up to the context's date), less its own baseline, compared within the period between
    /// exposed and not-yet-exposed sites; transition periods (a wave's start and lag) and periods
    /// past the roll-out's end are left out. A site without a baseline, or without a value in a
    /// period that compares, is not counted (and is named as a gap when the evaluation wants gaps).
    /// </summary>
    public static EffectEstimate SteppedWedge(EvaluationContext context, IndicatorDefinition indicator, SteppedWedgeDesign design)
    {
        if (context is null)
        {
            throw new ArgumentNullException(nameof(context));
        }

        if (indicator is null)
        {
            throw new ArgumentNullException(nameof(indicator));
        }

        if (design is null)
        {
            throw new ArgumentNullException(nameof(design));
        }

        var cells = new List<WedgeCell>();
        var unit = indicator.RecordingPeriod;
        for (var index = 0; index < design.SitesInOrder.Count; index++)
        {
            var (site, step) = design.SitesInOrder[index];
            if (context.SiteBaselineOf(indicator, site).Value is not { } baseline)
            {
                continue;
            }

            var before = cells.Count;
            foreach (var (period, value) in LastValuePerPeriod(context.Observations(indicator, site), unit))
            {
                var exposure = step.During(Periods.StartOf(period, unit), Periods.EndOf(period, unit));
                if (exposure is WedgeExposure.Control or WedgeExposure.Exposed)
                {
                    cells.Add(new WedgeCell(index, period, exposure == WedgeExposure.Exposed, (double)(value - baseline)));
                }
            }

            if (cells.Count == before)
            {
                context.Gaps?.Note(indicator, site, DataGapKind.Missing);
            }
        }

        var result = SteppedWedgeEstimator.Estimate(cells);
        return new EffectEstimate(
            SteppedWedgeMethod,
            indicator,
            result.Effect is { } effect ? Round(effect) : null,
            result.Lower is { } lower ? Round(lower) : null,
            result.Upper is { } upper ? Round(upper) : null,
            result.Sites,
            0,
            design.SitesInOrder.Count,
            0,
            result.DegreesOfFreedom,
            result.Observations);
    }

    // A series in date order has one value per period as recorded (last write wins); should a
    // source hold two in one period, the later one stands, as it does for `latest`.
    private static IEnumerable<(long Period, decimal Value)> LastValuePerPeriod(IReadOnlyList<Observation> series, PeriodUnit unit)
    {
        for (var i = 0; i < series.Count; i++)
        {
            var period = Periods.IndexOf(series[i].Date, unit);
            if (i + 1 == series.Count || Periods.IndexOf(series[i + 1].Date, unit) != period)
            {
                yield return (period, series[i].Value);
            }
        }
    }

    private static List<double> Changes(EvaluationContext context, IndicatorDefinition indicator, IReadOnlyList<Site> sites) =>
        sites.Select(site => context.Change(indicator, site)).Where(c => c is not null).Select(c => (double)c!.Value).ToList();

    private static decimal? Round(double value) =>
        double.IsNaN(value) || double.IsInfinity(value) || Math.Abs(value) > 1e15 ? null : Math.Round((decimal)value, 6);

    /// <inheritdoc/>
    public override string ToString() => Indicator.Name + ": " + (Effect?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown");
}
