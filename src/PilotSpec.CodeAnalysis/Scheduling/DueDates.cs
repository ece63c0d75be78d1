using System;
using PilotSpec.CodeAnalysis.Binding;

namespace PilotSpec.CodeAnalysis.Scheduling;

/// <summary>
/// The rule of docs/language.md for when a measurement falls due: the n-th due date of a
/// span is its start plus n periods, each counted from the start (never from the previous
/// date), so a span starting on the 31st stays on month ends instead of drifting to the 28th.
/// </summary>
public static class DueDates
{
    /// <summary>More than a weekly indicator over 190 years: far beyond any real pilot (PS0450 past it).</summary>
    public const int MaxPerSite = 10_000;

    /// <summary>The n-th due date after <paramref name="start"/>; null past the calendar's end.</summary>
    public static DateTime? Nth(DateTime start, int n, MeasurementFrequency frequency)
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
}
