using System.Collections.Generic;
using System.Linq;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Scheduling;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Emit.JsonSchedule;

/// <summary>
/// `evaluations`: when each evaluation happens (the date resolved), how (methods, the
/// comparison group, who evaluates), what it requires, and what is decided on the result.
/// </summary>
internal static class EvaluationSection
{
    public static void Write(ScheduleJsonWriter json, BoundProgram program, PilotSchedule schedule)
    {
        json.StartArray("evaluations");
        foreach (var evaluation in program.Evaluations)
        {
            json.StartObject();
            json.String("name", evaluation.Name);
            json.String("title", evaluation.Title);
            var timing = ((EvaluationDeclarationSyntax)evaluation.Declaration).Timing;
            json.String("at", timing is null ? null : SpecText.Of(timing));
            json.Date("date", schedule.DateOf(evaluation));
            json.Strings("methods", evaluation.Methods);
            WriteComparisonGroup(json, evaluation.ComparedAgainst);
            json.String("rollout", evaluation.EstimatesSteppedWedge ? evaluation.Rollout!.Name : null);
            json.Strings("evaluators", Evaluators(evaluation, program));

            json.StartArray("criteria");
            foreach (var criterion in evaluation.Criteria)
            {
                BoundExpressionJson.WriteCondition(json, criterion, schedule);
            }

            json.EndArray();

            json.StartArray("decisions");
            foreach (var rule in evaluation.Decisions)
            {
                json.StartObject();
                json.String("decision", rule.Decision.Word());
                BoundExpressionJson.WriteCondition(json, "when", rule.Condition, schedule);
                json.EndObject();
            }

            json.EndArray();
            json.String("otherwise", evaluation.Otherwise?.Word());
            WriteWindow(json, evaluation.Window, schedule);
            WriteConsequences(json, evaluation, schedule);
            json.EndObject();
        }

        json.EndArray();
    }

    // Only an evaluation with `window:` has `window`: the last periods, or its days resolved.
    private static void WriteWindow(ScheduleJsonWriter json, EvaluationWindowSpec? window, PilotSchedule schedule)
    {
        if (window is null)
        {
            return;
        }

        json.StartObject("window");
        json.String("text", string.Join(", ", window.Syntax.Values.Select(v => SpecText.Of(v.Expression))));
        if (window.Periods is { } periods && window.PeriodUnit is { } unit)
        {
            json.Integer("last", periods);
            json.String("unit", PilotModel.ConditionLowering.PeriodOf(unit));
        }
        else
        {
            json.Date("from", window.From is { } from ? schedule.DateOf(from) : null);
            json.Date("to", window.To is { } to ? schedule.DateOf(to) : null);
        }

        json.EndObject();
    }

    private static void WriteConsequences(ScheduleJsonWriter json, EvaluationSymbol evaluation, PilotSchedule schedule)
    {
        if (evaluation.Consequences.IsEmpty)
        {
            return;
        }

        json.StartArray("consequences");
        foreach (var consequence in evaluation.Consequences)
        {
            json.StartObject();
            json.String("text", consequence.Text);
            BoundExpressionJson.WriteCondition(json, "when", consequence.Condition, schedule);
            json.EndObject();
        }

        json.EndArray();
    }

    private static void WriteComparisonGroup(ScheduleJsonWriter json, Symbol? group)
    {
        if (group is null)
        {
            json.Null("comparisonGroup");
            return;
        }

        json.StartObject("comparisonGroup");
        json.String("name", group.Name);
        json.String("kind", group.KindWord);
        json.Strings("sites", Names.Of(group switch
        {
            WaveSymbol wave => wave.Sites,
            SiteSymbol site => new[] { site },
            _ => Enumerable.Empty<SiteSymbol>(),
        }));
        json.EndObject();
    }

    /// <summary>
    /// The stakeholders named in `method: ... by X`. The binder resolves them but keeps no
    /// list on the symbol, so they are read from the syntax through the resolved references.
    /// </summary>
    private static IEnumerable<string> Evaluators(EvaluationSymbol evaluation, BoundProgram program)
    {
        var names = new List<string>();
        foreach (var property in evaluation.Declaration.Properties.Where(p => p.NameToken.Text == "method"))
        {
            foreach (var value in property.Values)
            {
                foreach (var clause in value.Clauses.Where(c => c.Keyword.Kind == SyntaxKind.ByKeyword))
                {
                    if (clause.Expression is NameExpressionSyntax name
                        && program.References.TryGetValue(name.IdentifierToken, out var symbol)
                        && symbol is StakeholderSymbol
                        && !names.Contains(symbol.Name))
                    {
                        names.Add(symbol.Name);
                    }
                }
            }
        }

        return names;
    }
}
