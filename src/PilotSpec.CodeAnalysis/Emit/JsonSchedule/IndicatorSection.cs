using System;
using System.Linq;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Scheduling;
using PilotSpec.CodeAnalysis.Types;

namespace PilotSpec.CodeAnalysis.Emit.JsonSchedule;

/// <summary>
/// `indicators`: what is measured, in which unit, from which baseline to which target, how
/// often and by whom. Relative and point targets also carry the absolute value they mean
/// (62% + 15 points = 77%; 1,200 officers + 30% = 1,560 officers), so no reader has to
/// redo (or get wrong) the percent-versus-points arithmetic.
/// </summary>
internal static class IndicatorSection
{
    public static void Write(ScheduleJsonWriter json, BoundProgram program, PilotSchedule schedule)
    {
        json.StartArray("indicators");
        foreach (var indicator in program.Indicators)
        {
            json.StartObject();
            json.String("name", indicator.Name);
            json.String("title", indicator.Title);
            json.String("goal", indicator.Goal?.Name);
            json.String("unit", indicator.Unit is { } unit ? JsonWords.Of(unit) : null);
            json.String("dimension", indicator.Unit is { } u ? JsonWords.Of(u.Dimension) : null);
            json.String("direction", JsonWords.Of(indicator.Direction));
            WriteBaseline(json, indicator);
            WriteSiteBaselines(json, indicator);
            WriteTarget(json, indicator);
            WriteTargets(json, indicator);
            json.String("frequency", indicator.Frequency is { } frequency ? JsonWords.Of(frequency) : null);
            json.String("source", indicator.Source);
            json.String("responsible", indicator.Responsible);
            json.Number("weight", indicator.Weight);
            json.Strings("disaggregate", indicator.Disaggregations);
            if (indicator.Formula is { } formula)
            {
                BoundExpressionJson.WriteCondition(json, "formula", formula, schedule);
            }
            else
            {
                json.Null("formula");
            }

            WriteGrades(json, indicator);
            if (indicator.RollUp is { } rollUp)
            {
                // Only with `roll_up:`: how a parent without observations of its own gets its value.
                json.StartObject("rollUp");
                json.String("kind", rollUp.Weight is null ? rollUp.Kind : "weighted_mean");
                json.String("weight", rollUp.Weight);
                json.EndObject();
            }

            if (indicator.StaleAfter is { } staleAfter)
            {
                // Only with `stale_after:`; otherwise a value is stale after 2 measurement periods.
                json.Number("staleAfter", staleAfter);
            }

            if (indicator.Range is var (lowest, highest))
            {
                // Only where the spec gives one (`range: 0, 100`): observations beyond it are refused.
                json.StartObject("range");
                json.Number("lowest", lowest.Value);
                json.Number("highest", highest.Value);
                json.EndObject();
            }

            json.EndObject();
        }

        json.EndArray();
    }

    // Only a graded indicator has `grades`: its bands highest first, and `roundTo` (null: graded as recorded).
    private static void WriteGrades(ScheduleJsonWriter json, IndicatorSymbol indicator)
    {
        if (indicator.Grades.IsEmpty)
        {
            return;
        }

        json.StartObject("grades");
        json.Number("roundTo", indicator.RoundTo);
        json.StartArray("bands");
        foreach (var band in indicator.Grades)
        {
            json.StartObject();
            json.String("name", band.Name);
            json.Number("from", band.From?.Value);
            json.EndObject();
        }

        json.EndArray();
        json.EndObject();
    }

    private static void WriteBaseline(ScheduleJsonWriter json, IndicatorSymbol indicator)
    {
        if (indicator.Baseline is not { } baseline)
        {
            json.Null("baseline");
            return;
        }

        json.StartObject("baseline");
        json.Number("value", baseline.Value);
        json.String("unit", JsonWords.Of(baseline.Unit));
        json.Date("date", indicator.BaselineDate);
        json.EndObject();
    }

    // `150 working_days at 杭州`: the sites' own baselines, in the spec's site order.
    private static void WriteSiteBaselines(ScheduleJsonWriter json, IndicatorSymbol indicator)
    {
        json.StartArray("siteBaselines");
        foreach (var pair in indicator.SiteBaselines.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            json.StartObject();
            json.String("site", pair.Key);
            json.Number("value", pair.Value.Value);
            json.String("unit", JsonWords.Of(pair.Value.Unit));
            json.EndObject();
        }

        json.EndArray();
    }

    // `target` is the first part (what `.target` reads); `targets` every part, all of which must hold.
    private static void WriteTarget(ScheduleJsonWriter json, IndicatorSymbol indicator)
    {
        if (indicator.Target is not { } target)
        {
            json.Null("target");
            return;
        }

        json.StartObject("target");
        WriteTargetFields(json, indicator, target);
        json.EndObject();
    }

    private static void WriteTargets(ScheduleJsonWriter json, IndicatorSymbol indicator)
    {
        json.StartArray("targets");
        foreach (var target in indicator.Targets)
        {
            json.StartObject();
            WriteTargetFields(json, indicator, target);
            json.EndObject();
        }

        json.EndArray();
    }

    private static void WriteTargetFields(ScheduleJsonWriter json, IndicatorSymbol indicator, Target target)
    {
        json.String("kind", JsonWords.Of(target));
        WriteQuantity(json, "amount", target.Amount);
        var absolute = AbsoluteValue(target, indicator.Baseline);
        if (absolute is { } value)
        {
            // An absolute target is in its own unit; a change is in the baseline's.
            WriteQuantity(json, "value", new Quantity(value, target.Kind == TargetKind.Absolute ? target.Amount.Unit : indicator.Baseline!.Value.Unit));
        }
        else
        {
            json.Null("value");
        }

        json.Date("deadline", target.Deadline);
    }

    // A baseline near decimal's limit times 1.15 overflows; then the value is simply unknown.
    private static decimal? AbsoluteValue(Target target, Quantity? baseline)
    {
        try
        {
            return target.AbsoluteValue(baseline);
        }
        catch (OverflowException)
        {
            return null;
        }
    }

    private static void WriteQuantity(ScheduleJsonWriter json, string name, Quantity quantity)
    {
        json.StartObject(name);
        json.Number("value", quantity.Value);
        json.String("unit", JsonWords.Of(quantity.Unit));
        json.EndObject();
    }
}
