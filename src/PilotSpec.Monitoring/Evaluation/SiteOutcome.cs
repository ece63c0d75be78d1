using System;

namespace PilotSpec.Monitoring;

/// <summary>
/// One site's outcome in a criterion that quantifies over sites, with what the report shows
/// beside it: the value of the indicator the condition is about, the site's own baseline (and
/// where it comes from) and the change between them.
/// </summary>
public sealed class SiteOutcome
{
    /// <summary>Creates a site's outcome.</summary>
    public SiteOutcome(Site site, bool? outcome, IndicatorDefinition? indicator, decimal? value, SiteBaseline baseline, decimal? change, bool stale)
    {
        Site = site ?? throw new ArgumentNullException(nameof(site));
        Outcome = outcome;
        Indicator = indicator;
        Value = value;
        Baseline = baseline;
        Change = change;
        IsStale = stale;
    }

    /// <summary>The site.</summary>
    public Site Site { get; }

    /// <summary>Met, not met, or unknown at this site.</summary>
    public bool? Outcome { get; }

    /// <summary>The indicator the condition is about (the first it reads), if any.</summary>
    public IndicatorDefinition? Indicator { get; }

    /// <summary>Its latest value at the site as of the evaluation (null when missing or stale).</summary>
    public decimal? Value { get; }

    /// <summary>The site's own baseline of it.</summary>
    public SiteBaseline Baseline { get; }

    /// <summary>Value minus baseline, in the indicator's unit.</summary>
    public decimal? Change { get; }

    /// <summary>Whether the site's latest value exists but is too old to count.</summary>
    public bool IsStale { get; }

    internal static SiteOutcome Of(Site site, bool? outcome, IndicatorDefinition? indicator, EvaluationContext context)
    {
        if (indicator is null)
        {
            return new SiteOutcome(site, outcome, null, null, default, null, stale: false);
        }

        var value = context.Latest(indicator, site);
        var baseline = context.SiteBaselineOf(indicator, site);

        // Only a value that exists can be stale: a missing one is not looked at twice.
        var stale = value is null && context.IsStale(indicator, site);
        return new SiteOutcome(site, outcome, indicator, value, baseline, Arithmetic.Subtract(value, baseline.Value), stale);
    }

    /// <inheritdoc/>
    public override string ToString() => Site.Code + ": " + (Outcome is { } met ? (met ? "met" : "not met") : "unknown");
}
