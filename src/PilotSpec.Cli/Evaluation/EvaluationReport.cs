using PilotSpec.Monitoring;

namespace PilotSpec.Cli.Evaluation;

/// <summary>What <c>pilotc evaluate</c> found: the data it rests on, each evaluation's outcome, the alerts.</summary>
public sealed record EvaluationReport(
    PilotDefinition Pilot,
    ObservationStore Store,
    DateTime? AsOf,
    DateTime Today,
    IReadOnlyList<string> Files,
    int Accepted,
    IReadOnlyList<RefusedRow> Refused,
    IReadOnlyList<EvaluationOutcome> Evaluations,
    DateTime AlertsAsOf,
    IReadOnlyList<AlertResult> Alerts);

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
