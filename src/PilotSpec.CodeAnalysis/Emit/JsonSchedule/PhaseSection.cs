using System.Linq;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Binding.Bound;
using PilotSpec.CodeAnalysis.Scheduling;
using PilotSpec.CodeAnalysis.Types;

namespace PilotSpec.CodeAnalysis.Emit.JsonSchedule;

/// <summary>
/// `phases`: each phase as written (after, duration, stagger, where it runs, its entry and
/// exit conditions) and as resolved: its overall start and end, and its window per stagger
/// step, which its sites share. An end of null means open-ended (a scale-up that runs on).
/// </summary>
internal static class PhaseSection
{
    public static void Write(ScheduleJsonWriter json, BoundProgram program, PilotSchedule schedule)
    {
        var rollouts = new System.Collections.Generic.HashSet<PhaseSymbol>(program.Evaluations.Where(e => e.EstimatesSteppedWedge).Select(e => e.Rollout!));
        json.StartArray("phases");
        foreach (var resolved in schedule.Phases)
        {
            var phase = resolved.Phase;
            json.StartObject();
            json.String("name", phase.Name);
            json.String("title", phase.Title);
            json.Date("start", resolved.Start);
            json.Date("end", resolved.End);
            json.String("after", phase.After?.Name);
            WriteDuration(json, "afterOffset", phase.AfterOffset);
            WriteDuration(json, "duration", phase.Duration);
            WriteDuration(json, "stagger", phase.Stagger);
            WriteDuration(json, "lag", phase.Lag);
            json.Boolean("allSites", phase.RunsAtAllSites);
            json.Strings("in", Names.Of(phase.RunsIn));
            json.Strings("activities", phase.Activities);
            WriteCondition(json, "entry", phase.Entry, schedule);
            WriteCondition(json, "exit", phase.Exit, schedule);
            WriteSteps(json, resolved);
            WriteWedge(json, resolved, rollouts.Contains(phase) || (phase.Lag is not null && SteppedWedgeRollout.IsStaggeredOverSeveralPlaces(phase)));
            json.EndObject();
        }

        json.EndArray();
    }

    /// <summary>
    /// `steps`: the groups of sites that start together, in stagger order, each with its
    /// window. A step's sites are those of `via` (a wave's in its order, the site itself, or
    /// every pilot site for `all sites`) but for `except`, the ones an earlier step brought
    /// in already: each site's window once, and per-site entries only where a site differs.
    /// </summary>
    private static void WriteSteps(ScheduleJsonWriter json, PhaseSchedule resolved)
    {
        json.StartArray("steps");
        var index = 0;
        foreach (var step in resolved.Steps)
        {
            json.StartObject();
            json.String("via", Via(resolved, index));
            json.Date("start", step.Start);
            json.Date("end", step.End);
            json.Strings("except", Names.Of(step.Except));
            json.EndObject();
            index++;
        }

        json.EndArray();
    }

    /// <summary>
    /// `wedge`: for a stepped-wedge roll-out, each wave's periods as the estimate reads them:
    /// control until the day before its start, transition over its lag, exposed from then to the
    /// common end. Null for any other phase.
    /// </summary>
    private static void WriteWedge(ScheduleJsonWriter json, PhaseSchedule resolved, bool isRollout)
    {
        if (!isRollout || !resolved.IsResolved)
        {
            json.Null("wedge");
            return;
        }

        json.StartArray("wedge");
        foreach (var step in WedgeSteps.Of(resolved))
        {
            json.StartObject();
            json.String("via", Via(resolved, step.Wave));
            json.Date("controlUntil", step.Start.AddDays(-1));
            json.Date("transitionFrom", step.TransitionEnd is null ? null : step.Start);
            json.Date("transitionUntil", step.TransitionEnd);
            json.Date("exposedFrom", step.ExposedFrom);
            json.Date("exposedUntil", step.End);
            json.EndObject();
        }

        json.EndArray();
    }

    private static void WriteCondition(ScheduleJsonWriter json, string name, BoundExpression? condition, PilotSchedule schedule)
    {
        if (condition is null)
        {
            json.Null(name);
        }
        else
        {
            BoundExpressionJson.WriteCondition(json, name, condition, schedule);
        }
    }

    private static void WriteDuration(ScheduleJsonWriter json, string name, CalendarDuration? duration)
    {
        if (duration is null)
        {
            json.Null(name);
            return;
        }

        json.StartObject(name);
        json.Number("value", duration.Amount);
        json.String("unit", JsonWords.Of(duration.Unit));
        json.EndObject();
    }

    /// <summary>
    /// The wave or site of `in:` that brought the site in; null for `all sites`. The
    /// resolver numbers steps in that order: `all sites` first (when written), then `in:`'s
    /// names in the order written.
    /// </summary>
    private static string? Via(PhaseSchedule resolved, int step)
    {
        var index = resolved.Phase.RunsAtAllSites ? step - 1 : step;
        return index >= 0 && index < resolved.Phase.RunsIn.Length ? resolved.Phase.RunsIn[index].Name : null;
    }
}
