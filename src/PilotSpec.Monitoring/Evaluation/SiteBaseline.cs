using System;
using System.Collections.Generic;

namespace PilotSpec.Monitoring;

/// <summary>
/// A site's own baseline of an indicator and where it comes from. Sites start from different
/// places, so every change, relative target and progress is measured from the site's own
/// baseline: the one the spec states for the site (<c>baseline: 150 days at 杭州</c>), else the
/// site's latest observation dated on or before the baseline date, else the programme's.
/// </summary>
public readonly struct SiteBaseline : IEquatable<SiteBaseline>
{
    /// <summary>Creates a baseline.</summary>
    public SiteBaseline(decimal? value, BaselineSource source)
    {
        Value = value;
        Source = source;
    }

    /// <summary>The baseline value; null when nothing gives one.</summary>
    public decimal? Value { get; }

    /// <summary>Where the value comes from.</summary>
    public BaselineSource Source { get; }

    /// <summary>
    /// The baseline of <paramref name="indicator"/> at <paramref name="site"/>, given the site's
    /// series in date order. The spec's statement for the site wins over data: it is what the
    /// pilot office agreed; an observation on or before the baseline date comes next; the
    /// programme's value is the default for a site with neither.
    /// </summary>
    public static SiteBaseline Of(IndicatorDefinition indicator, Site site, IReadOnlyList<Observation> series)
    {
        if (indicator is null)
        {
            throw new ArgumentNullException(nameof(indicator));
        }

        if (site is null)
        {
            throw new ArgumentNullException(nameof(site));
        }

        if (indicator.SiteBaselines.TryGetValue(site.Code, out var stated))
        {
            return new SiteBaseline(stated, BaselineSource.Spec);
        }

        if (indicator.BaselineDate is { } date && series is not null && SeriesStatistics.Latest(series, date) is { } observed)
        {
            return new SiteBaseline(observed, BaselineSource.Observed);
        }

        return indicator.Baseline is { } programme
            ? new SiteBaseline(programme, BaselineSource.Programme)
            : new SiteBaseline(null, BaselineSource.None);
    }

    /// <inheritdoc/>
    public bool Equals(SiteBaseline other) => Value == other.Value && Source == other.Source;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SiteBaseline other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (Value.GetHashCode() * 397) ^ (int)Source;

    /// <inheritdoc/>
    public override string ToString() => Value is { } v ? v.ToString(System.Globalization.CultureInfo.InvariantCulture) + " (" + Source + ")" : "none";
}

/// <summary>Where a site's baseline comes from.</summary>
public enum BaselineSource
{
    /// <summary>Nothing gives one: changes at the site are unknown.</summary>
    None,

    /// <summary>The spec states it for this site.</summary>
    Spec,

    /// <summary>The site's latest observation on or before the indicator's baseline date.</summary>
    Observed,

    /// <summary>The programme's baseline, for a site without one of its own.</summary>
    Programme,
}
