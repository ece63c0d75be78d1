using System;
using System.Globalization;

namespace PilotSpec.CodeAnalysis.Types;

/// <summary>
/// A length of time as a spec writes it: `3 months`, `2 weeks`, `10 working days`. Added
/// to a date with calendar rules: months keep the day of month and clamp at month end
/// (2019-01-31 + 1 month = 2019-02-28; in a leap year 02-29), working days skip weekends.
/// </summary>
public sealed record CalendarDuration(decimal Amount, Unit Unit)
{
    public bool IsPositive => Amount > 0;

    public DateTime AddTo(DateTime date) => AddTimes(date, 1);

    /// <summary>
    /// The date <paramref name="times"/> of this duration after <paramref name="date"/> (stagger
    /// of wave n); past the calendar (before 0001-01-01 or after 9999-12-31) the first or last
    /// day. The schedule reports such a date (PS0407) with <see cref="TryAddTimes"/>; the
    /// saturated day only keeps what follows from overflowing.
    /// </summary>
    public DateTime AddTimes(DateTime date, int times) =>
        TryAddTimes(date, times, out var result) ? result : result;

    /// <summary>
    /// Whether <paramref name="times"/> of this duration after <paramref name="date"/> is still a
    /// day of the calendar (0001-01-01 to 9999-12-31); when it is not, <paramref name="result"/>
    /// is the calendar's first or last day.
    /// </summary>
    public bool TryAddTimes(DateTime date, int times, out DateTime result)
    {
        var amount = Amount * times;
        var saturated = amount > 0 ? DateTime.MaxValue.Date : DateTime.MinValue;
        if (Math.Abs(amount) > 1_000_000m)
        {
            // Beyond any calendar: no loop of working days nor an overflowing product.
            result = saturated;
            return false;
        }

        try
        {
            if (Unit == Unit.WorkingDays)
            {
                result = AddWorkingDays(date, (int)Math.Round(amount));
            }
            else if (Unit.IsCalendar)
            {
                var months = amount * Unit.ToBase;
                var whole = (int)Math.Floor(months);
                var fraction = months - whole;
                result = date.AddMonths(whole);
                result = fraction == 0 ? result : result.AddDays((double)(fraction * 30));
            }
            else
            {
                result = date.AddMinutes((double)(amount * Unit.ToBase));
            }

            // The calendar's last day itself is a day; a time on it (9999-12-31 + 1 hour) is still that day.
            return true;
        }
        catch (ArgumentOutOfRangeException)
        {
            result = saturated;
            return false;
        }
    }

    public override string ToString() =>
        Amount.ToString(CultureInfo.InvariantCulture) + " " + Unit.Name;

    private static DateTime AddWorkingDays(DateTime date, int days)
    {
        var step = days >= 0 ? 1 : -1;
        var remaining = Math.Abs(days);
        while (remaining > 0)
        {
            date = date.AddDays(step);
            if (date.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday)
            {
                remaining--;
            }
        }

        return date;
    }
}
