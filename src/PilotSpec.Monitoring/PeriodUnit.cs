using System;

namespace PilotSpec.Monitoring;

/// <summary>A calendar period: the step of a measurement frequency or of a sustained condition.</summary>
public enum PeriodUnit
{
    /// <summary>A calendar day.</summary>
    Day,

    /// <summary>A week, Monday to Sunday.</summary>
    Week,

    /// <summary>A calendar month.</summary>
    Month,

    /// <summary>A calendar quarter (January-March, ...).</summary>
    Quarter,

    /// <summary>A half year (January-June, July-December).</summary>
    HalfYear,

    /// <summary>A calendar year.</summary>
    Year,
}

/// <summary>
/// Numbers calendar periods so that "the same period" and "consecutive periods" are plain
/// integer comparisons: period <c>n</c> and <c>n + 1</c> are consecutive.
/// </summary>
public static class Periods
{
    /// <summary>The number of the period that contains <paramref name="date"/>.</summary>
    public static long IndexOf(DateTime date, PeriodUnit unit)
    {
        switch (unit)
        {
            case PeriodUnit.Day:
                return date.Ticks / TimeSpan.TicksPerDay;
            case PeriodUnit.Week:
                // 0001-01-01 was a Monday, so whole weeks since then start on Mondays.
                return date.Ticks / TimeSpan.TicksPerDay / 7;
            case PeriodUnit.Month:
                return (date.Year * 12L) + date.Month - 1;
            case PeriodUnit.Quarter:
                return (date.Year * 4L) + ((date.Month - 1) / 3);
            case PeriodUnit.HalfYear:
                return (date.Year * 2L) + ((date.Month - 1) / 6);
            case PeriodUnit.Year:
                return date.Year;
            default:
                throw new ArgumentOutOfRangeException(nameof(unit));
        }
    }

    /// <summary>The first day of period <paramref name="index"/>.</summary>
    public static DateTime StartOf(long index, PeriodUnit unit)
    {
        switch (unit)
        {
            case PeriodUnit.Day:
                return new DateTime(index * TimeSpan.TicksPerDay);
            case PeriodUnit.Week:
                return new DateTime(index * 7 * TimeSpan.TicksPerDay);
            case PeriodUnit.Month:
                return new DateTime((int)(index / 12), (int)(index % 12) + 1, 1);
            case PeriodUnit.Quarter:
                return new DateTime((int)(index / 4), ((int)(index % 4) * 3) + 1, 1);
            case PeriodUnit.HalfYear:
                return new DateTime((int)(index / 2), ((int)(index % 2) * 6) + 1, 1);
            case PeriodUnit.Year:
                return new DateTime((int)index, 1, 1);
            default:
                throw new ArgumentOutOfRangeException(nameof(unit));
        }
    }

    /// <summary>The last day of period <paramref name="index"/>.</summary>
    public static DateTime EndOf(long index, PeriodUnit unit)
    {
        try
        {
            return StartOf(index + 1, unit).AddDays(-1);
        }
        catch (ArgumentOutOfRangeException)
        {
            // The last period of the calendar ends on its last day.
            return DateTime.MaxValue.Date;
        }
    }

    /// <summary>The average length of a period in days: the time step of a trend.</summary>
    public static decimal AverageDays(PeriodUnit unit)
    {
        switch (unit)
        {
            case PeriodUnit.Day:
                return 1m;
            case PeriodUnit.Week:
                return 7m;
            case PeriodUnit.Month:
                return 365.2425m / 12;
            case PeriodUnit.Quarter:
                return 365.2425m / 4;
            case PeriodUnit.HalfYear:
                return 365.2425m / 2;
            case PeriodUnit.Year:
                return 365.2425m;
            default:
                throw new ArgumentOutOfRangeException(nameof(unit));
        }
    }
}
