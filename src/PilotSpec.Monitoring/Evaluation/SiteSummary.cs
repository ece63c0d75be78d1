namespace PilotSpec.Monitoring;

/// <summary>
/// The summary of a site's series that a criterion compares when it reads one — the mean or
/// the trend, not the latest value: `execution_rate.mean >= 85%` is met or not on the mean, so
/// the report shows the mean beside the latest value, or a site whose latest value is 88 would
/// read "not met" with nothing to say why.
/// </summary>
/// <param name="Member">What is summarised: <see cref="ValueMember.Mean"/>, <see cref="ValueMember.Trend"/> or <see cref="ValueMember.RelativeTrend"/>.</param>
/// <param name="Value">Its value at the site (inside the evaluation's window when it has one); null without enough data.</param>
public sealed record SiteSummary(ValueMember Member, decimal? Value)
{
    /// <summary>Whether a read of <paramref name="member"/> is a summary the report shows apart from the latest value.</summary>
    public static bool IsSummary(ValueMember member) => member is ValueMember.Mean or ValueMember.Trend or ValueMember.RelativeTrend;
}
