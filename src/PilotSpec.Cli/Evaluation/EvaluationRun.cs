using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Emit.PilotModel;
using PilotSpec.CodeAnalysis.Scheduling;
using PilotSpec.Monitoring;

namespace PilotSpec.Cli.Evaluation;

/// <summary>
/// Evaluates a checked spec on observation files with the engine the generated monitors run:
/// the spec is lowered to the same pilot model a monitor embeds (<see cref="PilotModelWriter"/>)
/// and read by the same runtime (<see cref="PilotModel"/>), so a monitor and the pilot office
/// cannot reach different decisions on the same data.
/// </summary>
public static class EvaluationRun
{
    /// <summary>The pilot's definition, as a generated monitor holds it.</summary>
    public static PilotDefinition DefinitionOf(PilotSymbol pilot, BoundProgram program, PilotSchedule schedule) =>
        PilotModel.Read(PilotModelWriter.Write(pilot, program, schedule));

    /// <summary>Reads the files into a store; refused rows are listed, the rest recorded.</summary>
    public static ObservationIntake Ingest(PilotDefinition pilot, BoundProgram program, IEnumerable<string> files, DateTime today)
    {
        var store = new ObservationStore(new ObservationStoreOptions { Clock = Clocks.Fixed(today), Pilot = pilot });
        var computed = program.Indicators.Where(i => i.Formula is not null).Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
        var intake = new ObservationIntake(pilot, store, computed);
        foreach (var file in files)
        {
            intake.TakeFile(file);
        }

        return intake;
    }

    /// <summary>
    /// Every evaluation as of <paramref name="asOf"/>, or, without it, each on its scheduled date
    /// (those after <paramref name="today"/> pending); the alerts as of <paramref name="asOf"/> or today.
    /// </summary>
    public static EvaluationReport Evaluate(PilotDefinition pilot, ObservationIntake intake, IReadOnlyList<string> files, DateTime? asOf, DateTime today)
    {
        var monitor = new PilotMonitor(pilot, intake.Store);
        var outcomes = new List<EvaluationOutcome>();
        foreach (var evaluation in pilot.Evaluations)
        {
            var date = asOf ?? evaluation.ScheduledDate;
            var result = date is { } d && (asOf is not null || d <= today) ? monitor.Evaluate(evaluation, d) : null;
            outcomes.Add(new EvaluationOutcome(evaluation, date, result));
        }

        var alertsAsOf = asOf ?? today;
        return new EvaluationReport(pilot, intake.Store, asOf, today, files, intake.Accepted, intake.Refused, outcomes, alertsAsOf, monitor.CheckAlerts(alertsAsOf));
    }
}
