using PilotSpec.Monitoring;
using PilotSpec.Store.Intake;

namespace PilotSpec.Cli.Evaluation;

/// <summary>What <c>pilotc evaluate</c> found: the data it rests on, each evaluation's outcome, the alerts.</summary>
public sealed record EvaluationReport(
    PilotDefinition Pilot,
    EvaluationData Data,
    DateTime? AsOf,
    DateTime Today,
    IReadOnlyList<EvaluationOutcome> Evaluations,
    DateTime AlertsAsOf,
    IReadOnlyList<AlertResult> Alerts)
{
    public IObservationSource Source => Data.Source;

    public IReadOnlyList<string> Files => Data.Files;

    public long Accepted => Data.Accepted;

    public IReadOnlyList<RefusedRow> Refused => Data.Refused;
}

/// <summary>
/// What an evaluation rests on: observation files read into memory (with the rows refused), or
/// a pilot office's store (with the rows it holds that the spec cannot read).
/// </summary>
/// <param name="Source">Where the engine reads the observations.</param>
/// <param name="Files">The observation files read; empty for a store.</param>
/// <param name="Accepted">Observations available: rows taken from the files, or held by the store for the spec's indicators and sites.</param>
/// <param name="Refused">Rows of the files refused; empty for a store (its rows were checked when they were ingested).</param>
/// <param name="Store">The store read, as the user named it (no password); null for files.</param>
/// <param name="OutsideSpec">Observations in the store of indicators or sites the spec does not have: kept, not evaluated.</param>
public sealed record EvaluationData(
    IObservationSource Source,
    IReadOnlyList<string> Files,
    long Accepted,
    IReadOnlyList<RefusedRow> Refused,
    string? Store = null,
    long OutsideSpec = 0);

/// <summary>One evaluation: judged as of a date, pending (its date is after today), or without a date.</summary>
public sealed record EvaluationOutcome(EvaluationDefinition Evaluation, DateTime? Date, EvaluationResult? Result)
{
    public EvaluationStatus Status => Result is not null ? EvaluationStatus.Evaluated : Date is null ? EvaluationStatus.Unscheduled : EvaluationStatus.Pending;
}

public enum EvaluationStatus
{
    Evaluated,
    Pending,
    Unscheduled,
}
