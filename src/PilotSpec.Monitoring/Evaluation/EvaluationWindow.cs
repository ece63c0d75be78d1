using System;
using System.Globalization;

namespace PilotSpec.Monitoring;

/// <summary>
/// The stretch of time an evaluation's <c>.mean</c>, <c>.trend</c> and <c>.change</c> read
/// (<c>window:</c> in the spec): the last N periods up to the evaluation's date
/// (<c>window: 4 quarters</c>), or from a date on (<c>window: start of Reform</c>), or between
/// two dates (<c>window: 2019-01-01, 2019-12-31</c>). Inside a window a mean or trend uses only
/// the observations dated within it, the latest value is the latest within it, and a change is
/// the latest value within it minus the value as the window opened (the site's latest
/// observation dated before its first day, else its baseline). Immutable.
/// </summary>
public sealed class EvaluationWindow
{
    private EvaluationWindow(int? periods, PeriodUnit unit, DateTime? from, DateTime? to)
    {
        Periods = periods;
        Unit = unit;
        From = from;
        To = to;
    }

    /// <summary>The last <paramref name="periods"/> whole or current periods of <paramref name="unit"/>, up to the evaluation's date.</summary>
    /// <param name="periods">How many periods, from 1.</param>
    /// <param name="unit">The period.</param>
    public static EvaluationWindow Last(int periods, PeriodUnit unit)
    {
        if (periods < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(periods), "A window holds one period at least.");
        }

        return new EvaluationWindow(periods, unit, null, null);
    }

    /// <summary>From <paramref name="from"/> to <paramref name="to"/> (both included); to the evaluation's date when <paramref name="to"/> is null.</summary>
    /// <param name="from">The first day.</param>
    /// <param name="to">The last day, if the window ends before the evaluation.</param>
    public static EvaluationWindow Between(DateTime from, DateTime? to)
    {
        if (to is { } end && end.Date < from.Date)
        {
            throw new ArgumentException("A window ends on or after the day it starts.", nameof(to));
        }

        return new EvaluationWindow(null, PeriodUnit.Day, from.Date, to?.Date);
    }

    /// <summary>For a window of the last periods: how many; null for a window between dates.</summary>
    public int? Periods { get; }

    /// <summary>For a window of the last periods: the period.</summary>
    public PeriodUnit Unit { get; }

    /// <summary>For a window between dates: the first day.</summary>
    public DateTime? From { get; }

    /// <summary>For a window between dates: the last day, when it ends before the evaluation.</summary>
    public DateTime? To { get; }

    /// <summary>The first day of the window for an evaluation as of <paramref name="asOf"/>.</summary>
    public DateTime StartFor(DateTime asOf) =>
        Periods is { } n ? Monitoring.Periods.StartOf(Monitoring.Periods.IndexOf(asOf.Date, Unit) - n + 1, Unit) : From!.Value;

    /// <summary>The last day whose data counts in the window for an evaluation as of <paramref name="asOf"/>.</summary>
    public DateTime EndFor(DateTime asOf) => To is { } to && to < asOf.Date ? to : asOf.Date;

    /// <inheritdoc/>
    public override string ToString() => Periods is { } n
        ? "last " + n.ToString(CultureInfo.InvariantCulture) + " " + Unit
        : From!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + " .. " + (To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "");
}
