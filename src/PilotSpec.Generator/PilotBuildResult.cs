namespace PilotSpec.Generator;

/// <summary>
/// What the pilot compiler made of a project's specs: the monitors to add and the
/// diagnostics to report. Compared by value, so an edit that changes neither (a comment in a
/// spec) leaves the generated sources alone.
/// </summary>
internal sealed record PilotBuildResult(EquatableArray<GeneratedMonitor> Monitors, EquatableArray<ReportedDiagnostic> Diagnostics, string? InvalidNamespace)
{
    public static PilotBuildResult Empty { get; } = new(EquatableArray<GeneratedMonitor>.Empty, EquatableArray<ReportedDiagnostic>.Empty, null);

    /// <summary>The specs the pilot compiler threw on (PSG0002); their monitors are missing, the others' are not.</summary>
    public EquatableArray<SpecFailure> Failures { get; init; } = EquatableArray<SpecFailure>.Empty;
}
