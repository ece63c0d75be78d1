using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Scheduling;

namespace PilotSpec.CodeAnalysis.Tests.Emit.JsonSchedule.Reference;

/// <summary>
/// When every indicator is due to be measured at every site, every date listed: the
/// expansion schedule format 1 wrote, kept as the reference the compact format 2 is held to
/// (its windows and recurrences, expanded by a reader, must give exactly these dates).
/// </summary>
/// <remarks>
/// The rule, for each indicator with a `measured:` frequency and each site that at least
/// one resolved phase runs at (pilot or comparison, in declaration order):
/// <list type="bullet">
/// <item>The site's measurement span starts at its earliest phase start there (its first
/// wave's start, so later waves start measuring later) and ends at its latest phase end
/// there. Gaps between phases stay inside the span: an indicator keeps being measured
/// between two phases, otherwise its series would break.</item>
/// <item>When a phase at the site is open-ended (a scale-up with no end), the span ends at
/// the pilot's planned `end:`; without one, at the latest known phase end at the site;
/// with no known end at all the site has a span start but no due dates.</item>
/// <item>A measurement is due on the day after a whole period has closed, which is the first
/// day of the next period: start + 1 period, start + 2 periods, ... up to and including the
/// day after the span's last day (<see cref="SiteMeasurements.Until"/>, the span's close). A
/// part of a period at the end is never due. So a 12-month phase from 2024-01-01 (last day
/// 2024-12-31) measured monthly has 12 due dates, 2024-02-01 to 2025-01-01, the last on the
/// day after its last day (docs/language.md, "Measurement due dates"). Each date is counted
/// from the span's start (start + n months), never from the previous date, so a span
/// starting on the 31st stays on month ends instead of drifting to the 28th after
/// February.</item>
/// <item>A comparison site runs no phase (the reform does not happen there) but is
/// measured all the same, over the whole pilot: from the first phase start anywhere to the
/// last phase end (or the planned end). A before/after or difference-in-differences
/// evaluation needs the control series as much as the pilot one.</item>
/// <item>At most <see cref="MaxDueDatesPerSite"/> dates per indicator and site: a spec
/// with a centuries-long weekly phase cannot make the schedule explode; such a site is
/// marked <see cref="SiteMeasurements.IsTruncated"/>.</item>
/// </list>
/// </remarks>
public sealed class MeasurementPlan
{
    /// <summary>More than a weekly indicator over 190 years: far beyond any real pilot.</summary>
    public const int MaxDueDatesPerSite = 10_000;

    private MeasurementPlan(ImmutableArray<IndicatorMeasurements> indicators)
    {
        Indicators = indicators;
    }

    /// <summary>Indicators with a frequency, in declaration order.</summary>
    public ImmutableArray<IndicatorMeasurements> Indicators { get; }

    public IndicatorMeasurements? Of(IndicatorSymbol indicator) =>
        Indicators.FirstOrDefault(i => ReferenceEquals(i.Indicator, indicator));

    public static MeasurementPlan Create(BoundProgram program, PilotSchedule schedule)
    {
        var spans = SiteSpans(program, schedule);
        var indicators = ImmutableArray.CreateBuilder<IndicatorMeasurements>();
        foreach (var indicator in program.Indicators)
        {
            if (indicator.Frequency is not { } frequency || !ReferenceEquals(program.Table.Lookup(indicator.Name), indicator))
            {
                continue;
            }

            var sites = spans
                .Select(span => Measure(span.Site, span.From, span.Until, frequency))
                .ToImmutableArray();
            indicators.Add(new IndicatorMeasurements(indicator, frequency, sites));
        }

        return new MeasurementPlan(indicators.ToImmutable());
    }

    /// <summary>The due dates over one span: start + n periods for n = 1, 2, ... while not after <paramref name="until"/>, the span's close (the day after its last day).</summary>
    public static SiteMeasurements Measure(SiteSymbol site, DateTime from, DateTime? until, MeasurementFrequency frequency)
    {
        var dates = ImmutableArray.CreateBuilder<DateTime>();
        var truncated = false;
        if (until is { } end)
        {
            for (var n = 1; ; n++)
            {
                var due = DueDate(from, n, frequency);
                if (due is null || due > end)
                {
                    break;
                }

                if (dates.Count == MaxDueDatesPerSite)
                {
                    truncated = true;
                    break;
                }

                dates.Add(due.Value);
            }
        }

        return new SiteMeasurements(site, from, until, dates.ToImmutable(), truncated);
    }

    /// <summary>The n-th due date after <paramref name="start"/>; null past the calendar's end.</summary>
    public static DateTime? DueDate(DateTime start, int n, MeasurementFrequency frequency)
    {
        try
        {
            return frequency switch
            {
                MeasurementFrequency.Weekly => start.AddDays(7.0 * n),
                MeasurementFrequency.Monthly => start.AddMonths(n),
                MeasurementFrequency.Quarterly => start.AddMonths(3 * n),
                MeasurementFrequency.SemiAnnually => start.AddMonths(6 * n),
                _ => start.AddYears(n),
            };
        }
        catch (ArgumentOutOfRangeException)
        {
            return null;
        }
    }

    // Ends are last days; the last period closes, and its measurement falls due, the day after.
    private static DateTime? CloseOf(DateTime? lastDay) =>
        lastDay is { } day && day < DateTime.MaxValue.Date ? day.AddDays(1) : lastDay;

    /// <summary>Each site some phase runs at, with its measurement span.</summary>
    private static List<(SiteSymbol Site, DateTime From, DateTime? Until)> SiteSpans(BoundProgram program, PilotSchedule schedule)
    {
        var plannedEnd = program.Pilot?.PlannedEnd;
        var resolved = schedule.Phases.Where(p => p.IsResolved).ToList();
        var pilotFrom = resolved.Count == 0 ? (DateTime?)null : resolved.Min(p => p.Start!.Value);
        var pilotUntil = resolved.Any(p => p.End is null) || resolved.Count == 0
            ? plannedEnd ?? resolved.Where(p => p.End is not null).Select(p => p.End).Max()
            : resolved.Max(p => p.End);
        var spans = new List<(SiteSymbol, DateTime, DateTime?)>();
        foreach (var site in program.Sites)
        {
            var windows = schedule.Phases
                .Where(p => p.IsResolved)
                .Select(p => p.At(site))
                .Where(w => w is not null)
                .Select(w => w!)
                .ToList();
            if (windows.Count == 0)
            {
                if (site.Role == SiteRole.Comparison && pilotFrom is { } start)
                {
                    spans.Add((site, start, CloseOf(pilotUntil)));
                }

                continue;
            }

            var from = windows.Min(w => w.Start);
            var knownEnd = windows.Where(w => w.End is not null).Select(w => w.End).Max();
            var until = windows.Any(w => w.End is null) ? plannedEnd ?? knownEnd : knownEnd;
            spans.Add((site, from, CloseOf(until)));
        }

        return spans;
    }
}
