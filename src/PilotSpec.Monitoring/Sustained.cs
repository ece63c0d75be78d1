using System;
using System.Collections.Generic;

namespace PilotSpec.Monitoring;

/// <summary>
/// Sustained conditions: <c>response_time &gt; 20 minutes for 2 consecutive months</c>. The
/// condition must hold in each of the last N periods, counted back from the latest period
/// with an observation of the indicators it reads (on or before the evaluation date), so a
/// month whose data has not come in yet does not silence an alert. Each period is judged
/// on its own data (<see cref="EvaluationContext.ForPeriod"/>): a period without an
/// observation breaks the run, as a missed measurement should.
/// </summary>
public static class Sustained
{
    /// <summary>
    /// True when <paramref name="condition"/> held in each of the last <paramref name="periods"/>
    /// periods; false when it failed in one of them; unknown when data is missing for some.
    /// </summary>
    /// <param name="context">The evaluation date and data.</param>
    /// <param name="sites">The sites whose data dates the latest period (the one site of a per-site condition).</param>
    /// <param name="indicators">The indicators the condition reads.</param>
    /// <param name="periods">How many consecutive periods; at least 1.</param>
    /// <param name="unit">The period: month for <c>for 2 consecutive months</c>.</param>
    /// <param name="condition">The condition, judged with the data of one period.</param>
    public static bool? Holds(
        EvaluationContext context,
        IReadOnlyList<Site> sites,
        IReadOnlyList<IndicatorDefinition> indicators,
        int periods,
        PeriodUnit unit,
        Func<EvaluationContext, bool?> condition)
    {
        if (context is null)
        {
            throw new ArgumentNullException(nameof(context));
        }

        if (sites is null)
        {
            throw new ArgumentNullException(nameof(sites));
        }

        if (indicators is null)
        {
            throw new ArgumentNullException(nameof(indicators));
        }

        if (condition is null)
        {
            throw new ArgumentNullException(nameof(condition));
        }

        if (periods < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(periods), "A sustained condition needs one period at least.");
        }

        if (LatestDate(context, sites, indicators) is not { } latest)
        {
            // Nothing recorded yet: every series the condition reads would settle it.
            foreach (var site in sites)
            {
                foreach (var indicator in indicators)
                {
                    context.Gaps?.Note(indicator, site, DataGapKind.Missing);
                }
            }

            return null;
        }

        var last = Periods.IndexOf(latest, unit);
        bool? result = true;
        for (var i = 0; i < periods; i++)
        {
            result &= condition(context.ForPeriod(last - i, unit));
            if (result == false)
            {
                return false;
            }
        }

        return result;
    }

    private static DateTime? LatestDate(EvaluationContext context, IReadOnlyList<Site> sites, IReadOnlyList<IndicatorDefinition> indicators)
    {
        DateTime? latest = null;
        foreach (var site in sites)
        {
            foreach (var indicator in indicators)
            {
                var observations = context.Observations(indicator, site);
                if (observations.Count > 0)
                {
                    var date = observations[observations.Count - 1].Date;
                    if (context.PeriodStart is { } start && date < start)
                    {
                        continue;
                    }

                    if (latest is null || date > latest)
                    {
                        latest = date;
                    }
                }
            }
        }

        return latest;
    }
}
