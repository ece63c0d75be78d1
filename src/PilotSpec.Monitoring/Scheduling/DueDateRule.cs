using System;
using System.Collections.Generic;

namespace PilotSpec.Monitoring.Scheduling;

/// <summary>
/// The reference expansion of a schedule's recurrences (docs/schedule.md): the n-th due date
/// of a window is its <c>from</c> plus n periods, each counted from <c>from</c>, never from
/// the previous date. Months are added as calendars do: the day is kept, or the month's
/// last day when the month is shorter (Jan 31 + 1 month = Feb 28 or 29, + 2 months = Mar 31).
/// </summary>
public static class DueDateRule
{
    /// <summary>The frequencies of the schedule format, as it spells them.</summary>
    public static IReadOnlyList<string> Frequencies { get; } = new[] { "weekly", "monthly", "quarterly", "semiannually", "annually" };

    /// <summary>The <paramref name="n"/>-th due date after <paramref name="from"/>.</summary>
    /// <exception cref="ArgumentException">An unknown frequency word.</exception>
    public static DateTime Nth(DateTime from, string frequency, int n)
    {
        switch (frequency)
        {
            case "weekly":
                return from.AddDays(7.0 * n);
            case "monthly":
                return from.AddMonths(n);
            case "quarterly":
                return from.AddMonths(3 * n);
            case "semiannually":
                return from.AddMonths(6 * n);
            case "annually":
                return from.AddYears(n);
            default:
                throw new ArgumentException($"'{frequency}' is not a frequency of the schedule format.", nameof(frequency));
        }
    }

    /// <summary>The first <paramref name="count"/> due dates after <paramref name="from"/>, one at a time.</summary>
    public static IEnumerable<DateTime> Expand(DateTime from, string frequency, int count)
    {
        // Checked here, not on the first MoveNext: a wrong word fails where it is passed.
        Nth(from, frequency, 0);
        return ExpandIterator(from, frequency, count);
    }

    private static IEnumerable<DateTime> ExpandIterator(DateTime from, string frequency, int count)
    {
        for (var n = 1; n <= count; n++)
        {
            yield return Nth(from, frequency, n);
        }
    }
}
