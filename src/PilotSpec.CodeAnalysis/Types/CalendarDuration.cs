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

    /// <summary>The date <paramref name="times"/> of this duration after <paramref name="date"/> (stagger of wave n).</summary>
    public DateTime AddTimes(DateTime date, int times)
    {
        var amount = Amount * times;
        if (Math.Abs(amount) > 1_000_000m)
        {
            // Beyond any calendar: saturate instead of looping or overflowing.
            return amount > 0 ? DateTime.MaxValue.Date : DateTime.MinValue;
        }

        try
        {
            if (Unit == Unit.WorkingDays)
            {
                return AddWorkingDays(date, (int)Math.Round(amount));
            }

            if (Unit.IsCalendar)
            {
                var months = amount * Unit.ToBase;
                var whole = (int)Math.Floor(months);
                var result = date.AddMonths(whole);
                var fraction = months - whole;
                return fraction == 0 ? result : result.AddDays((double)(fraction * 30));
            }

            return date.AddMinutes((double)(amount * Unit.ToBase));
        }
        catch (ArgumentOutOfRangeException)
        {
            // Past year 9999: the latest representable day; date checks then flag it.
            return amount > 0 ? DateTime.MaxValue.Date : DateTime.MinValue;
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
