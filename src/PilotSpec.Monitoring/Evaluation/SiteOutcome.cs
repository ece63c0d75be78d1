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
    /// <param name="site">The site.</param>
    /// <param name="outcome">Met, not met, or unknown at the site.</param>
    /// <param name="indicator">The indicator the condition is about, if any.</param>
    /// <param name="value">Its latest value at the site.</param>
    /// <param name="baseline">The site's own baseline of it.</param>
    /// <param name="change">Value minus baseline.</param>
    /// <param name="stale">Whether the latest value exists but is too old to count.</param>
    /// <param name="grade">For a graded indicator, the band of the value.</param>
    /// <param name="summary">The mean or trend the condition compares, when it reads one.</param>
    public SiteOutcome(Site site, bool? outcome, IndicatorDefinition? indicator, decimal? value, SiteBaseline baseline, decimal? change, bool stale, GradeBand? grade = null, SiteSummary? summary = null)
    {
        Grade = grade;
        Summary = summary;
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

    /// <summary>For a graded indicator, the band of the value (after the scale's rounding); null otherwise, or when it has none.</summary>
    public GradeBand? Grade { get; }

    /// <summary>The mean or trend the condition compares at this site, when it reads one; null when it reads the latest value.</summary>
    public SiteSummary? Summary { get; }

    /// <summary>Whether the site's latest value exists but is too old to count.</summary>
    public bool IsStale { get; }

    internal static SiteOutcome Of(Site site, bool? outcome, IndicatorExpr? subject, EvaluationContext context)
    {
        if (subject is null)
        {
            return new SiteOutcome(site, outcome, null, null, default, null, stale: false);
        }

        var indicator = subject.Indicator;
        var value = context.Latest(indicator, site);
        var baseline = context.SiteBaselineOf(indicator, site);

        // Only a value that exists can be stale: a missing one is not looked at twice.
        var stale = value is null && context.IsStale(indicator, site);

        // Inside a window the change is measured from the value as the window opened, as the condition reads it.
        var change = context.WindowStart is null ? Arithmetic.Subtract(value, baseline.Value) : Arithmetic.Subtract(value, context.ChangeOrigin(indicator, site));
        var summary = subject.Member switch
        {
            ValueMember.Mean => new SiteSummary(ValueMember.Mean, context.Mean(indicator, site)),
            ValueMember.Trend => new SiteSummary(ValueMember.Trend, context.Trend(indicator, site)),
            ValueMember.RelativeTrend => new SiteSummary(ValueMember.RelativeTrend, context.RelativeTrend(indicator, site)),
            _ => null,
        };
        return new SiteOutcome(site, outcome, indicator, value, baseline, change, stale, indicator.Grades?.BandOf(value), summary);
    }

    /// <inheritdoc/>
    public override string ToString() => Site.Code + ": " + (Outcome is { } met ? (met ? "met" : "not met") : "unknown");
}
