using PilotSpec.Monitoring;

namespace PilotSpec.Store.Tests;

/// <summary>
/// A small pilot for the store's tests: two sites, a monthly percent indicator and a quarterly
/// count, "today" fixed at 2025-01-01. <see cref="Revised"/> is the same pilot after a revision
/// that dropped the count and the second site.
/// </summary>
internal static class TestPilot
{
    public static readonly Site North = new("North");
    public static readonly Site South = new("South");
    public static readonly IndicatorDefinition Rate = new("clearance_rate", unit: "percent", direction: Direction.HigherIsBetter, frequency: PeriodUnit.Month);
    public static readonly IndicatorDefinition Cases = new("cases", unit: "cases", frequency: PeriodUnit.Quarter);

    public static readonly PilotDefinition Definition = new("Policing", null, [North, South], [Rate, Cases]);
    public static readonly PilotDefinition Revised = new("Policing", null, [North], [new IndicatorDefinition("clearance_rate", unit: "percent", frequency: PeriodUnit.Month)]);

    // Hashes of a spec's text, as pilotc makes them: a PostgreSQL store keeps 64 hex digits.
    public static readonly StoreIdentity Identity = StoreIdentity.Of("Policing", "the spec");
    public static readonly StoreIdentity RevisedIdentity = StoreIdentity.Of("Policing", "the spec, revised");
    public static readonly StoreIdentity OtherPilot = StoreIdentity.Of("WasteSorting", "another spec");

    public static readonly IClock Clock = Clocks.Fixed(new DateTime(2025, 1, 1));
}

/// <summary>A temporary folder for one test's store files, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder() => Directory.CreateDirectory(Path);

    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "pilotspec-store-" + Guid.NewGuid().ToString("N"));

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
