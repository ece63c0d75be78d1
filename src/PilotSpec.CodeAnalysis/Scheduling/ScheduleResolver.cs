using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Scheduling;

/// <summary>
/// Resolves the phase graph to dates. Every end is a last day, inclusive: a phase ends on
/// its `end:` date, or on the last day of its `duration:` (3 months from 2019-03-01 end on
/// 2019-05-31); a phase `after:` another starts the next day (plus an offset), and
/// `end of Phase` is that last day. Listed waves (and sites) start one `stagger:` apart, in the order written;
/// a wave that ran in the phase this one is `after:` starts the day after its own window there
/// (docs/language.md, "Staggered phases"), and a written `end:` is common to every wave.
/// Cycles in `after:` are reported once, with the cycle named.
/// </summary>
internal sealed class ScheduleResolver
{
    private readonly BoundProgram _program;
    private readonly DiagnosticBag _diagnostics;
    private readonly Dictionary<PhaseSymbol, PhaseSchedule> _resolved = new();
    private readonly HashSet<PhaseSymbol> _inCycle = new();
    private readonly HashSet<PhaseSymbol> _pastCalendar = new();
    private List<SiteSymbol>? _pilotSites;

    private ScheduleResolver(BoundProgram program, DiagnosticBag diagnostics)
    {
        _program = program;
        _diagnostics = diagnostics;
    }

    public static PilotSchedule Resolve(BoundProgram program, DiagnosticBag diagnostics)
    {
        var resolver = new ScheduleResolver(program, diagnostics);
        resolver.ReportCycles();
        var phases = program.Phases.Where(p => ReferenceEquals(program.Table.Lookup(p.Name), p)).ToList();
        foreach (var phase in phases)
        {
            resolver.ResolvePhase(phase);
        }

        return new PilotSchedule(phases.Select(p => resolver._resolved[p]).ToImmutableArray());
    }

    private void ReportCycles()
    {
        // Each phase has at most one `after:`, so following the links finds every cycle.
        var done = new HashSet<PhaseSymbol>();
        var path = new List<PhaseSymbol>(); // reused: one walk at a time
        var onPath = new HashSet<PhaseSymbol>();
        foreach (var start in _program.Phases)
        {
            path.Clear();
            onPath.Clear();
            for (var phase = start; phase is not null && !done.Contains(phase); phase = phase.After)
            {
                if (!onPath.Add(phase))
                {
                    var cycle = path.Skip(path.IndexOf(phase)).ToList();
                    _inCycle.UnionWith(cycle);
                    var names = string.Join(" → ", cycle.Select(p => p.Name).Concat(new[] { phase.Name }));
                    var after = phase.Declaration.Properties.FirstOrDefault(p => p.NameToken.Text == "after");
                    _diagnostics.Report(DiagnosticDescriptors.PhaseCycle, (SyntaxNode?)after?.Values[0] ?? phase.Declaration.Identifier, names);
                    break;
                }

                path.Add(phase);
            }

            done.UnionWith(path);
        }
    }

    private PhaseSchedule ResolvePhase(PhaseSymbol phase)
    {
        if (_resolved.TryGetValue(phase, out var known))
        {
            return known;
        }

        var unresolved = new PhaseSchedule(phase, null, null, ImmutableArray<SiteWindow>.Empty, ImmutableArray<PhaseStep>.Empty);
        _resolved[phase] = unresolved; // guards against re-entry; cycles were reported already
        if (_inCycle.Contains(phase))
        {
            return unresolved;
        }

        var start = BaseStart(phase);
        if (start is null)
        {
            return unresolved;
        }

        var steps = Steps(phase);
        var siteCount = 0;
        foreach (var step in steps)
        {
            siteCount += step.Sites.Count;
        }

        // A phase after another follows it wave by wave: a wave (or site) that ran in the
        // earlier phase starts the day after its own window there ends, so a staggered
        // roll-out stays staggered. Places the earlier phase did not list start one
        // `stagger:` apart from the phase's start, in the order written.
        var previous = phase.StartDate is null && phase.After is { } after ? ResolvePhase(after) : null;
        var windows = ImmutableArray.CreateBuilder<SiteWindow>(siteCount);
        // A site in two of the places listed starts with the first. One wave (the usual `in:`)
        // lists each site once already, and needs no set.
        var placed = steps.Count > 1 ? new HashSet<SiteSymbol>() : null;
        var starts = new DateTime[steps.Count];
        for (var index = 0; index < steps.Count; index++)
        {
            starts[index] = FollowOwnWave(phase, previous, steps[index].Place, steps[index].Sites)
                ?? (phase.Stagger is { } stagger ? Add(phase, "stagger", start.Value, stagger, index) : start.Value);
        }

        var firstStart = steps.Count > 0 ? starts.Min() : start.Value;
        var reportedLate = false;
        var stepWindows = ImmutableArray.CreateBuilder<PhaseStep>(steps.Count);
        for (var index = 0; index < steps.Count; index++)
        {
            var stepStart = starts[index];
            var stepEnd = EndFrom(phase, stepStart);
            if (!reportedLate && stepEnd is { } commonEnd && commonEnd < stepStart && commonEnd >= firstStart && steps[index].Place is { } late)
            {
                // Once, naming the first wave left without time: the later ones follow from the same end.
                reportedLate = true;
                // A common `end:` before this wave's start: the wave gets no time (PS0726). When
                // it falls before every wave's start, the phase as a whole is wrong (PS0406).
                _diagnostics.Report(DiagnosticDescriptors.StaggeredWindowEmpty, EndValue(phase), phase.Name, late.Name, Format(stepStart), Format(commonEnd));
            }

            List<SiteSymbol>? except = null; // rare (a site in two places of one phase's `in:`)
            foreach (var site in steps[index].Sites)
            {
                if (placed is null || placed.Add(site))
                {
                    windows.Add(new SiteWindow(site, stepStart, stepEnd, index));
                }
                else
                {
                    (except ??= new List<SiteSymbol>()).Add(site);
                }
            }

            stepWindows.Add(new PhaseStep(stepStart, stepEnd, except?.ToImmutableArray() ?? ImmutableArray<SiteSymbol>.Empty));
        }

        if (windows.Count > 0)
        {
            start = firstStart;
        }

        var end = EndFrom(phase, start.Value);
        if (windows.Count > 0)
        {
            end = LastEnd(windows);
        }

        if (end is { } e && e < start)
        {
            // Only a fixed `end:` date can fall before the start (a duration is positive): point at it.
            _diagnostics.Report(DiagnosticDescriptors.PhaseEndsBeforeStart, EndValue(phase), phase.Name, Format(e), Format(start.Value));
        }

        var schedule = new PhaseSchedule(phase, start, end, windows.Count == windows.Capacity ? windows.MoveToImmutable() : windows.ToImmutable(), stepWindows.MoveToImmutable());
        _resolved[phase] = schedule;
        return schedule;
    }

    private static SyntaxNode EndValue(PhaseSymbol phase) => ValueOf(phase, "end");

    private static SyntaxNode ValueOf(PhaseSymbol phase, string property) =>
        phase.Declaration.Properties.FirstOrDefault(p => p.NameToken.Text == property) is { Values.Count: > 0 } written
            ? written.Values[0].Expression
            : phase.Declaration.Identifier;

    /// <summary>
    /// The start of a place that ran in the phase this one follows: the day after its own
    /// window there ends, plus the `after:` offset; null when the earlier phase did not list it.
    /// </summary>
    private DateTime? FollowOwnWave(PhaseSymbol phase, PhaseSchedule? previous, Symbol? place, IReadOnlyList<SiteSymbol> sites)
    {
        if (previous is null || place is null || !previous.Phase.RunsIn.Contains(place) || sites.Count == 0)
        {
            return null;
        }

        DateTime? ownEnd = null;
        foreach (var site in sites)
        {
            if (previous.At(site)?.End is not { } end)
            {
                return null;
            }

            if (ownEnd is null || end > ownEnd)
            {
                ownEnd = end;
            }
        }

        return After(phase, ownEnd!.Value);
    }

    // The latest end over the sites; unknown when any site's end is.
    private static DateTime? LastEnd(ImmutableArray<SiteWindow>.Builder windows)
    {
        DateTime? last = null;
        foreach (var window in windows)
        {
            if (window.End is not { } end)
            {
                return null;
            }

            if (last is null || end > last)
            {
                last = end;
            }
        }

        return last;
    }

    private DateTime? BaseStart(PhaseSymbol phase)
    {
        if (phase.StartDate is { } date)
        {
            return date;
        }

        if (phase.After is { } previous)
        {
            // The day after the previous phase's last day, then the offset (`after: Launch + 9 months`).
            var end = ResolvePhase(previous).End;
            if (end is null)
            {
                return null;
            }

            return After(phase, end.Value);
        }

        // A `start:` or `after:` whose value is wrong was reported where it is written; one mistake, one diagnostic.
        if (!PropertyPresence.IsWritten(phase, "after") && !PropertyPresence.IsWritten(phase, "start"))
        {
            _diagnostics.Report(DiagnosticDescriptors.PhaseWithoutStart, phase.Declaration.Identifier, phase.Name);
        }

        return null;
    }

    private DateTime? EndFrom(PhaseSymbol phase, DateTime start)
    {
        if (phase.Duration is { } duration)
        {
            // 3 months from 2019-03-01 is 2019-03-01 to 2019-05-31: the last day, as an `end:` date is.
            // A duration that ends within a day (`12 hours`) ends on that day.
            var after = Add(phase, "duration", start, duration, 1);
            return after <= start ? after
                : after.TimeOfDay != TimeSpan.Zero ? after.Date
                : after.AddDays(-1);
        }

        // A written `end:` is one date for every wave: staggering moves starts, not a date the spec fixes.
        if (phase.EndDate is { } end)
        {
            return end;
        }

        return null;
    }

    /// <summary>The groups of sites that start together, in the order `in:` lists them.</summary>
    private List<(Symbol? Place, IReadOnlyList<SiteSymbol> Sites)> Steps(PhaseSymbol phase)
    {
        var steps = new List<(Symbol?, IReadOnlyList<SiteSymbol>)>();
        if (phase.RunsAtAllSites)
        {
            _pilotSites ??= _program.Sites.Where(s => s.Role == SiteRole.Pilot).ToList(); // the same for every phase: listed once
            steps.Add((null, _pilotSites));
        }

        foreach (var place in phase.RunsIn)
        {
            steps.Add((place, place switch
            {
                WaveSymbol wave => wave.Sites,
                SiteSymbol site => new[] { site },
                _ => Array.Empty<SiteSymbol>(),
            }));
        }

        return steps;
    }

    /// <summary>
    /// The start of a phase `after:` one that ends on <paramref name="previousEnd"/>: the next
    /// day, plus the offset. Past the calendar's last day it is reported (PS0407) and stays on that day.
    /// </summary>
    private DateTime After(PhaseSymbol phase, DateTime previousEnd)
    {
        if (previousEnd >= DateTime.MaxValue.Date)
        {
            ReportPastCalendar(phase, "after", Format(previousEnd) + " + 1 " + Types.Unit.Days.Name);
            return previousEnd;
        }

        var next = previousEnd.AddDays(1);
        return phase.AfterOffset is { } offset ? Add(phase, "after", next, offset, 1) : next;
    }

    /// <summary><paramref name="times"/> of <paramref name="duration"/> after <paramref name="date"/>; a date past the calendar is reported (PS0407) on the property.</summary>
    private DateTime Add(PhaseSymbol phase, string property, DateTime date, Types.CalendarDuration duration, int times)
    {
        if (duration.TryAddTimes(date, times, out var result))
        {
            return result;
        }

        var length = duration.Amount < 0 ? duration with { Amount = -duration.Amount } : duration;
        var written = times == 1 ? length.ToString() : times.ToString(CultureInfo.InvariantCulture) + " × " + length;
        ReportPastCalendar(phase, property, Format(date) + (duration.Amount < 0 ? " - " : " + ") + written);
        return result;
    }

    // Once per phase: each wave of a staggered phase would repeat it.
    private void ReportPastCalendar(PhaseSymbol phase, string property, string arithmetic)
    {
        if (_pastCalendar.Add(phase))
        {
            _diagnostics.Report(DiagnosticDescriptors.DatePastCalendar, ValueOf(phase, property), phase.Name, arithmetic);
        }
    }

    internal static string Format(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
