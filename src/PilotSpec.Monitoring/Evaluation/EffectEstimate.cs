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
/// and is left out, saying so, rather than made up. Immutable.
/// </summary>
public sealed class EffectEstimate
{
    private EffectEstimate(IndicatorDefinition indicator, decimal? effect, decimal? lower, decimal? upper, int pilotSites, int comparisonSites, int pilotSitesPlanned, int comparisonSitesPlanned, double? degreesOfFreedom)
    {
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

    /// <summary>The indicator.</summary>
    public IndicatorDefinition Indicator { get; }

    /// <summary>The estimated effect, in the indicator's unit; null when a side has no site with data.</summary>
    public decimal? Effect { get; }

    /// <summary>The lower end of the 95% interval; null when it cannot be estimated.</summary>
    public decimal? Lower { get; }

    /// <summary>The upper end of the 95% interval; null when it cannot be estimated.</summary>
    public decimal? Upper { get; }

    /// <summary>How many pilot sites it rests on (those with a change).</summary>
    public int PilotSites { get; }

    /// <summary>How many comparison sites it rests on.</summary>
    public int ComparisonSites { get; }

    /// <summary>How many pilot sites the design has.</summary>
    public int PilotSitesPlanned { get; }

    /// <summary>How many comparison sites the design has.</summary>
    public int ComparisonSitesPlanned { get; }

    /// <summary>The Welch–Satterthwaite degrees of freedom of the interval, when there is one.</summary>
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
            return new EffectEstimate(indicator, null, null, null, treated.Count, control.Count, pilotSites.Count, comparisonSites.Count, null);
        }

        var (effect, lower, upper, degrees) = WelchInterval.Of(treated, control);
        return new EffectEstimate(indicator, Round(effect), lower is { } l ? Round(l) : null, upper is { } u ? Round(u) : null, treated.Count, control.Count, pilotSites.Count, comparisonSites.Count, degrees);
    }

    private static List<double> Changes(EvaluationContext context, IndicatorDefinition indicator, IReadOnlyList<Site> sites) =>
        sites.Select(site => context.Change(indicator, site)).Where(c => c is not null).Select(c => (double)c!.Value).ToList();

    private static decimal? Round(double value) =>
        double.IsNaN(value) || double.IsInfinity(value) || Math.Abs(value) > 1e15 ? null : Math.Round((decimal)value, 6);

    /// <inheritdoc/>
    public override string ToString() => Indicator.Name + ": " + (Effect?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown");
}
