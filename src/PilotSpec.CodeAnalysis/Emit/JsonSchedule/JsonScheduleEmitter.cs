using System.Collections.Generic;
using System.IO;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Scheduling;

namespace PilotSpec.CodeAnalysis.Emit.JsonSchedule;

/// <summary>
/// Emits `&lt;Pilot&gt;.schedule.json`: the resolved timeline of a checked pilot (phases per
/// site, when measurements fall due, evaluation dates) with the goals, indicators, criteria
/// and alerts it serves, for dashboards, data collectors and evaluators. The format is
/// described by docs/schemas/schedule.schema.json; the output is deterministic (same spec,
/// same bytes, on any machine), so it can be committed and diffed.
/// </summary>
public sealed class JsonScheduleEmitter : IEmitter
{
    /// <summary>The schema's `$id`, written as the output's `$schema`.</summary>
    public const string SchemaUri = "https://github.com/pilotspec/pilotspec/blob/main/docs/schemas/schedule.schema.json";

    /// <summary>
    /// The version of the output format: raised on any change a reader could notice.
    /// 2: measurements as windows and recurrences, phases as steps, quantifiers without their
    /// site lists (docs/schedule.md says how to expand them).
    /// </summary>
    public const int FormatVersion = 2;

    public IEnumerable<EmittedFile> Emit(PilotSymbol pilot, BoundProgram program, PilotSchedule schedule) =>
        new[] { new EmittedFile(OutputNames.Schedule(pilot.Name), output => Write(output, pilot, program, schedule)) };

    /// <summary>The schedule of <paramref name="pilot"/> as JSON text, written to <paramref name="output"/> as it is made.</summary>
    public static void Write(TextWriter output, PilotSymbol pilot, BoundProgram program, PilotSchedule schedule)
    {
        var json = new ScheduleJsonWriter(output);
        json.StartObject();
        json.String("$schema", SchemaUri);
        json.Integer("version", FormatVersion);
        PilotSection.Write(json, pilot);
        GoalSection.Write(json, program);
        IndicatorSection.Write(json, program, schedule);
        SiteSection.Write(json, program);
        WaveSection.Write(json, program);
        PhaseSection.Write(json, program, schedule);
        MeasurementSection.Write(json, MeasurementWindows.Create(program, schedule));
        EvaluationSection.Write(json, program, schedule);
        AlertSection.Write(json, program, schedule);
        StakeholderSection.Write(json, program);
        json.EndObject();
        json.EndDocument();
    }
}
