namespace PilotSpec.Monitoring;

/// <summary>
/// The summary of a site's series that a criterion compares when it reads one — the mean or
/// the trend, not the latest value: `execution_rate.mean >= 85%` is met or not on the mean, so
/// the report shows the mean beside the latest value, or a site whose latest value is 88 would
/// read "not met" with nothing to say why. Immutable (a class, not a record: the runtime also
/// targets netstandard2.0).
/// </summary>
public sealed class SiteSummary
{
    /// <summary>Creates a summary.</summary>
    /// <param name="member">What is summarised: <see cref="ValueMember.Mean"/>, <see cref="ValueMember.Trend"/> or <see cref="ValueMember.RelativeTrend"/>.</param>
    /// <param name="value">Its value at the site (inside the evaluation's window when it has one); null without enough data.</param>
    public SiteSummary(ValueMember member, decimal? value)
    {
        Member = member;
        Value = value;
    }

    /// <summary>What is summarised.</summary>
    public ValueMember Member { get; }

    /// <summary>Its value at the site; null without enough data.</summary>
    public decimal? Value { get; }

    /// <inheritdoc/>
    public override string ToString() => Member + " " + (Value?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "unknown");
}
