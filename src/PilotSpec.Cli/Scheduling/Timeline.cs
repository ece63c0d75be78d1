using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Scheduling;

namespace PilotSpec.Cli.Scheduling;

/// <summary>One bar of the chart: a phase at one site (or a phase as a whole). Open-ended bars have no end.</summary>
public sealed record TimelineBar(string Label, DateTime Start, DateTime? End);

/// <summary>A phase with its overall dates and its bars, one per site. Unresolved phases have no dates and no bars.</summary>
public sealed record TimelinePhase(string Name, string? Title, DateTime? Start, DateTime? End, IReadOnlyList<TimelineBar> Bars);

/// <summary>
/// What the schedule charts draw: the pilot's resolved phases in declaration order, each
/// with its window at every site (waves staggered), on one time axis from the earliest
/// start to the latest end (or the pilot's planned end, if later).
/// </summary>
public sealed record Timeline(string PilotName, string? PilotTitle, DateTime From, DateTime To, IReadOnlyList<TimelinePhase> Phases)
{
    public static Timeline Of(PilotSymbol pilot, PilotSchedule schedule)
    {
        var phases = schedule.Phases.Select(ToPhase).ToList();
        var starts = phases.SelectMany(p => p.Bars.Select(b => b.Start)).Concat(phases.Where(p => p.Start is not null).Select(p => p.Start!.Value)).ToList();
        var ends = phases.SelectMany(p => p.Bars.Where(b => b.End is not null).Select(b => b.End!.Value)).Concat(starts).ToList();
        if (pilot.Start is { } pilotStart)
        {
            starts.Add(pilotStart);
        }

        if (pilot.PlannedEnd is { } pilotEnd)
        {
            ends.Add(pilotEnd);
        }

        var from = starts.Count > 0 ? starts.Min() : DateTime.Today;
        var to = ends.Count > 0 ? ends.Max() : from;
        // A chart needs a day to draw on: one after the start, or before it on the calendar's last day.
        return to > from ? new Timeline(pilot.Name, pilot.Title, from, to, phases)
            : from < DateTime.MaxValue.Date ? new Timeline(pilot.Name, pilot.Title, from, from.AddDays(1), phases)
            : new Timeline(pilot.Name, pilot.Title, from.AddDays(-1), from, phases);
    }

    private static TimelinePhase ToPhase(PhaseSchedule phase)
    {
        IReadOnlyList<TimelineBar> bars = phase.Sites.Length > 0
            ? phase.Sites.Select(w => new TimelineBar(w.Site.Name, w.Start, w.End)).ToList()
            : phase.Start is { } start ? [new TimelineBar(phase.Phase.Name, start, phase.End)] : [];
        return new TimelinePhase(phase.Phase.Name, phase.Phase.Title, phase.Start, phase.End, bars);
    }

    /// <summary>Where a date falls on the axis, from 0 to 1.</summary>
    public double Position(DateTime date) =>
        Math.Clamp((date - From).TotalDays / Math.Max(1, (To - From).TotalDays), 0, 1);

    public static string Format(DateTime? date) =>
        date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "open";
}
