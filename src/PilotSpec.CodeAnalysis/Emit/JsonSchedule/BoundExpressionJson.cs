using System;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Binding.Bound;
using PilotSpec.CodeAnalysis.Scheduling;
using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.CodeAnalysis.Types;

namespace PilotSpec.CodeAnalysis.Emit.JsonSchedule;

/// <summary>
/// A bound expression as a JSON tree, one object per node with a `kind`: what the checks
/// checked, with names resolved and each quantifier's range named, so a dashboard can
/// evaluate a criterion without parsing the spec language. Recursive: the parser bounds
/// expression depth far below the writer's depth limit.
/// </summary>
internal static class BoundExpressionJson
{
    /// <summary>`"name": { "text": as written, "expression": tree }`.</summary>
    public static void WriteCondition(ScheduleJsonWriter json, string name, BoundExpression expression, PilotSchedule schedule)
    {
        json.StartObject(name);
        WriteConditionFields(json, expression, schedule);
        json.EndObject();
    }

    /// <summary>`{ "text": as written, "expression": tree }` as an array element.</summary>
    public static void WriteCondition(ScheduleJsonWriter json, BoundExpression expression, PilotSchedule schedule)
    {
        json.StartObject();
        WriteConditionFields(json, expression, schedule);
        json.EndObject();
    }

    private static void WriteConditionFields(ScheduleJsonWriter json, BoundExpression expression, PilotSchedule schedule)
    {
        json.String("text", SpecText.Of(expression.Syntax));
        Write(json, "expression", expression, schedule);
    }

    private static void Write(ScheduleJsonWriter json, string name, BoundExpression expression, PilotSchedule schedule)
    {
        json.StartObject(name);
        WriteNode(json, expression, schedule);
        json.EndObject();
    }

    private static void WriteNode(ScheduleJsonWriter json, BoundExpression expression, PilotSchedule schedule)
    {
        switch (expression)
        {
            case BoundLiteral literal:
                WriteLiteral(json, literal);
                break;

            case BoundIndicatorValue value:
                json.String("kind", "indicator");
                json.String("indicator", value.Indicator.Name);
                json.String("member", JsonWords.Of(value.Member));
                break;

            case BoundBinary binary:
                json.String("kind", "binary");
                json.String("operator", JsonWords.Of(binary.Operator));
                Write(json, "left", binary.Left, schedule);
                Write(json, "right", binary.Right, schedule);
                break;

            case BoundUnary unary:
                json.String("kind", "unary");
                json.String("operator", JsonWords.Of(unary.Operator));
                Write(json, "operand", unary.Operand, schedule);
                break;

            case BoundQuantified quantified:
                json.String("kind", "quantified");
                json.String("quantifier", JsonWords.Of(quantified.Quantifier));
                json.Number("share", quantified.Quantifier == QuantifierKind.Share ? quantified.Share : null);
                json.Number("count", quantified.Quantifier == QuantifierKind.Count ? quantified.Share : null);
                json.String("scope", quantified.Scope?.Name);
                // No `at ...` written: a criterion means all pilot sites, an alert any site.
                json.Boolean("implicit", quantified.Syntax is not QuantifiedExpressionSyntax);
                // No site list: the scope names them (a wave's or group's `sites`, the site
                // itself, every pilot site when null). Listing them at each of thousands of
                // alerts made the schedule grow with the square of the spec.
                Write(json, "condition", quantified.Condition, schedule);
                break;

            case BoundSustained sustained:
                json.String("kind", "sustained");
                json.Integer("periods", sustained.Periods);
                json.String("unit", JsonWords.Of(sustained.PeriodUnit));
                json.Boolean("consecutive", sustained.Consecutive);
                Write(json, "condition", sustained.Condition, schedule);
                break;

            case BoundCriteriaCount count:
                json.String("kind", "criteria");
                json.String("count", JsonWords.Of(count.Count));
                break;

            case BoundPhaseBoundary boundary:
                json.String("kind", "phaseBoundary");
                json.String("boundary", boundary.IsEnd ? "end" : "start");
                json.String("phase", boundary.Phase.Name);
                json.Date("date", schedule.DateOf(boundary));
                break;

            case BoundSymbolReference reference:
                json.String("kind", "reference");
                json.String("symbol", reference.Symbol.Name);
                json.String("symbolKind", reference.Symbol.KindWord);
                break;

            case BoundAllSites:
                json.String("kind", "allSites");
                break;

            default:
                // Only in a spec with errors, which is never emitted; kept total so a binder
                // change cannot crash the emitter.
                json.String("kind", "error");
                break;
        }
    }

    private static void WriteLiteral(ScheduleJsonWriter json, BoundLiteral literal)
    {
        switch (literal.Value)
        {
            case Quantity quantity:
                json.String("kind", "number");
                json.Number("value", quantity.Value);
                json.String("unit", JsonWords.Of(quantity.Unit));
                json.Boolean("signed", literal.IsSigned);
                break;
            case DateTime date:
                json.String("kind", "date");
                json.Date("value", date);
                break;
            case bool boolean:
                json.String("kind", "boolean");
                json.Boolean("value", boolean);
                break;
            case string text:
                json.String("kind", literal.Type is WordType ? "word" : "text");
                json.String("value", text);
                break;
            default:
                json.String("kind", "error");
                break;
        }
    }
}
