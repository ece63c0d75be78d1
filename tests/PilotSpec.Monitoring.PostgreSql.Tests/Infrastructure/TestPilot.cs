namespace PilotSpec.Monitoring.PostgreSql.Tests.Infrastructure;

/// <summary>The pilot of the tests: sites A, B, C; a daily indicator and a monthly one.</summary>
internal static class TestPilot
{
    public const string Name = "Trial";

    /// <summary>Two spec hashes: the spec, and the spec revised.</summary>
    public const string HashA = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
    public const string HashB = "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";

    public static PilotDefinition Definition { get; } = new(
        Name,
        null,
        [new Site("A"), new Site("B"), new Site("C")],
        [new IndicatorDefinition("daily", unit: "cases"), new IndicatorDefinition("monthly", unit: "visits", frequency: PeriodUnit.Month)]);

    public static IndicatorDefinition Daily => Definition.FindIndicator("daily")!;

    public static IndicatorDefinition Monthly => Definition.FindIndicator("monthly")!;

    public static Site A => Definition.FindSite("A")!;

    public static Site B => Definition.FindSite("B")!;

    /// <summary>Today for the stores: far enough ahead that no test date is in the future.</summary>
    public static PostgreSqlJournalOptions Options(params string[] sites) =>
        new() { Clock = Clocks.Fixed(new DateTime(2100, 1, 1)), Sites = sites.Length == 0 ? null : sites };

    public static PostgreSqlObservationJournal Open(TestDatabase db, params string[] sites) =>
        PostgreSqlObservationJournal.Open(db.DataSource, Definition, Options(sites));
}
