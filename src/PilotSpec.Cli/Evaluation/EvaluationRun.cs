using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Emit.PilotModel;
using PilotSpec.CodeAnalysis.Scheduling;
using PilotSpec.Monitoring;
using PilotSpec.Store;
using PilotSpec.Store.Intake;

namespace PilotSpec.Cli.Evaluation;

/// <summary>
/// Evaluates a checked spec on observation files with the engine the generated monitors run:
/// the spec is lowered to the same pilot model a monitor embeds (<see cref="PilotModelWriter"/>)
/// and read by the same runtime (<see cref="PilotModel"/>), so a monitor and the pilot office
/// cannot reach different decisions on the same data, whether the data comes from files or a store.
/// </summary>
public static class EvaluationRun
{
    /// <summary>The pilot's definition, as a generated monitor holds it.</summary>
    public static PilotDefinition DefinitionOf(PilotSymbol pilot, BoundProgram program, PilotSchedule schedule) =>
        ModelOf(pilot, program, schedule).Definition;

    /// <summary>The pilot's definition and the identity a store records for it (a hash of the same model text).</summary>
    public static SpecModel ModelOf(PilotSymbol pilot, BoundProgram program, PilotSchedule schedule)
    {
        var model = PilotModelWriter.Write(pilot, program, schedule);
        var definition = PilotModel.Read(model);
        return new SpecModel(definition, StoreIdentity.Of(definition.Name, model));
    }

    /// <summary>Reads the files into a monitor's in-memory store; refused rows are listed, the rest recorded.</summary>
    public static EvaluationData ReadFiles(PilotDefinition pilot, IReadOnlyList<string> files, DateTime today)
    {
        var store = new ObservationStore(new ObservationStoreOptions { Clock = Clocks.Fixed(today), Pilot = pilot });
        var intake = new ObservationIntake(pilot);
        var sink = new ObservationStoreSink(store);
        foreach (var file in files)
        {
            intake.TakeFile(file, sink);
        }

        return new EvaluationData(store, files, intake.Accepted, intake.Refused);
    }

    /// <summary>
    /// Every evaluation as of <paramref name="asOf"/>, or, without it, each on its scheduled date
    /// (those after <paramref name="today"/> pending); the alerts as of <paramref name="asOf"/> or
    /// today. The data comes from <paramref name="data"/>: files read into memory or a store.
    /// </summary>
    public static EvaluationReport Evaluate(PilotDefinition pilot, EvaluationData data, DateTime? asOf, DateTime today)
    {
        var (outcomes, alertsAsOf, alerts) = Judge(pilot, data.Source, asOf, today);
        return new EvaluationReport(pilot, data, asOf, today, outcomes, alertsAsOf, alerts);
    }

    /// <summary>
    /// Evaluates from a store, read one indicator at a time. What the store holds (for the line
    /// that says what the evaluation rests on) is counted afterwards, from what the evaluation
    /// read and, for indicators it did not read, from the store.
    /// </summary>
    public static EvaluationReport EvaluateStore(PilotDefinition pilot, IPilotStore store, DateTime? asOf, DateTime today)
    {
        // The indicators the evaluations that run will read, in their order: read ahead on the
        // machine's other core while the first ones are judged.
        var order = pilot.Evaluations
            .Where(evaluation => (asOf ?? evaluation.ScheduledDate) is { } date && (asOf is not null || date <= today))
            .SelectMany(evaluation => evaluation.Indicators())
            .Distinct()
            .ToList();
        var source = store.Reader(pilot, order);
        var (outcomes, alertsAsOf, alerts) = Judge(pilot, source, asOf, today);
        var counted = store.Contents(pilot, source);
        var data = new EvaluationData(source, [], counted.Observations - counted.OutsideSpec, [], store.Name, counted.OutsideSpec);
        return new EvaluationReport(pilot, data, asOf, today, outcomes, alertsAsOf, alerts);
    }

    private static (List<EvaluationOutcome> Outcomes, DateTime AlertsAsOf, List<AlertResult> Alerts) Judge(PilotDefinition pilot, IObservationSource source, DateTime? asOf, DateTime today)
    {
        var outcomes = new List<EvaluationOutcome>();
        foreach (var evaluation in pilot.Evaluations)
        {
            var date = asOf ?? evaluation.ScheduledDate;
            var result = date is { } d && (asOf is not null || d <= today) ? evaluation.Evaluate(new EvaluationContext(source, d, pilot)) : null;
            outcomes.Add(new EvaluationOutcome(evaluation, date, result));
        }

        var alertsAsOf = asOf ?? today;
        var alertContext = new EvaluationContext(source, alertsAsOf, pilot);
        return (outcomes, alertsAsOf, pilot.Alerts.Select(a => a.Check(alertContext)).ToList());
    }
}

/// <summary>A checked spec's pilot as the engine runs it, and the identity a store records for it.</summary>
public sealed record SpecModel(PilotDefinition Definition, StoreIdentity Identity);
