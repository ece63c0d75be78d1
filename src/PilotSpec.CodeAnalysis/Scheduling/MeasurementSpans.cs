using System;
using System.Collections.Generic;
using PilotSpec.CodeAnalysis.Binding;

namespace PilotSpec.CodeAnalysis.Scheduling;

/// <summary>
/// Each measured site's measurement span, by the rule of docs/language.md: from its earliest
/// phase start to the day after its latest phase end (the last period closes then); the
/// pilot's planned end when a phase there is open-ended; a comparison site over the whole pilot.
/// </summary>
internal static class MeasurementSpans
{
    /// <summary>The spans in site declaration order; sites no phase runs at (and no comparison site) have none.</summary>
    public static List<(SiteSymbol Site, DateTime From, DateTime? Until)> Of(BoundProgram program, PilotSchedule schedule)
    {
        var plannedEnd = program.Pilot?.PlannedEnd;
        DateTime? pilotFrom = null, lastKnownEnd = null;
        var anyOpen = false;
        // One pass over the phases' windows, not a look-up of every phase at every site:
        // thousands of phases times tens of thousands of sites was the cost of the plan.
        var bySite = new Dictionary<SiteSymbol, Span>();
        foreach (var phase in schedule.Phases)
        {
            if (!phase.IsResolved)
            {
                continue;
            }

            pilotFrom = Earlier(pilotFrom, phase.Start!.Value);
            anyOpen |= phase.End is null;
            lastKnownEnd = Later(lastKnownEnd, phase.End);
            foreach (var window in phase.Sites)
            {
                bySite.TryGetValue(window.Site, out var span);
                bySite[window.Site] = span.With(window);
            }
        }

        var pilotUntil = anyOpen || pilotFrom is null ? plannedEnd ?? lastKnownEnd : lastKnownEnd;
        var spans = new List<(SiteSymbol, DateTime, DateTime?)>(bySite.Count);
        foreach (var site in program.Sites)
        {
            if (bySite.TryGetValue(site, out var span))
            {
                spans.Add((site, span.From, CloseOf(span.AnyOpen ? plannedEnd ?? span.KnownEnd : span.KnownEnd)));
            }
            else if (site.Role == SiteRole.Comparison && pilotFrom is { } start)
            {
                // The reform does not run there, but the control series is needed over the whole pilot.
                spans.Add((site, start, CloseOf(pilotUntil)));
            }
        }

        return spans;
    }

    // Ends are last days; the last period closes, and its measurement falls due, the day after.
    private static DateTime? CloseOf(DateTime? lastDay) =>
        lastDay is { } day && day < DateTime.MaxValue.Date ? day.AddDays(1) : lastDay;

    private static DateTime Earlier(DateTime? a, DateTime b) => a is { } x && x < b ? x : b;

    private static DateTime? Later(DateTime? a, DateTime? b) => a is null ? b : b is null ? a : (a > b ? a : b);

    private readonly struct Span
    {
        private Span(bool seen, DateTime from, DateTime? knownEnd, bool anyOpen)
        {
            Seen = seen;
            From = from;
            KnownEnd = knownEnd;
            AnyOpen = anyOpen;
        }

        public bool Seen { get; }

        public DateTime From { get; }

        public DateTime? KnownEnd { get; }

        public bool AnyOpen { get; }

        public Span With(SiteWindow window) => new(
            true,
            Seen && From < window.Start ? From : window.Start,
            Later(KnownEnd, window.End),
            AnyOpen || window.End is null);
    }
}
