using PilotSpec.Monitoring;

namespace PilotSpec.Monitoring.Tests;

/// <summary>
/// A small pilot written by hand the way the emitter writes one: two pilot districts and a
/// comparison district, a rate (points), a time (lower is better) and a count.
/// </summary>
internal static class TestPilot
{
    public static readonly Site East = new("东城区", "East district");
    public static readonly Site South = new("南城区", "South district");
    public static readonly Site West = new("西城区", "West district", SiteRole.Comparison);

    public static readonly Site[] PilotSites = [East, South];

    public static readonly IndicatorDefinition ClearanceRate = new(
        "clearance_rate", "Case clearance rate", "percent", Direction.HigherIsBetter,
        baseline: 62m, baselineDate: new DateTime(2018, 12, 31), target: 77m, targetDate: new DateTime(2020, 12, 31), frequency: PeriodUnit.Quarter);

    public static readonly IndicatorDefinition ResponseTime = new(
        "response_time", "Average response time", "minutes", Direction.LowerIsBetter,
        baseline: 18m, target: 12m, frequency: PeriodUnit.Month);

    public static readonly IndicatorDefinition Officers = new(
        "key_post_officers", "Police officers on key posts", "officers", Direction.HigherIsBetter,
        baseline: 1200m, target: 1560m, frequency: PeriodUnit.Month);

    public static readonly IndicatorDefinition Daily = new("daily_cases", unit: "cases");

    public static DateTime D(int year, int month, int day) => new(year, month, day);

    public static PilotDefinition Definition(IEnumerable<EvaluationDefinition>? evaluations = null, IEnumerable<AlertDefinition>? alerts = null) =>
        new("PolicingReform", "Performance-oriented policing reform", [East, South, West], [ClearanceRate, ResponseTime, Officers, Daily], evaluations, alerts, owner: "A City Public Security Bureau");
}
