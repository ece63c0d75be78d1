using System.Collections.Generic;
using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Binding.Bound;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.CodeAnalysis.Types;

namespace PilotSpec.CodeAnalysis.Binding.Declarations;

/// <summary>
/// What an evaluation reads and does beyond its criteria and decision: its window
/// (`window: 4 quarters`) and its per-site consequences
/// (`consequence: "Budget -10% next year" when evaluation_score.grade == 差`).
/// </summary>
internal static class EvaluationExtrasBinder
{
    public static void Bind(EvaluationSymbol evaluation, PropertySet properties, ValueReader values, BindingContext context)
    {
        if (properties.Single("window") is { Values.Count: > 0 } window)
        {
            evaluation.Window = Window(window, values, context);
        }

        var consequences = ImmutableArray.CreateBuilder<ConsequenceRule>();
        foreach (var property in properties.All("consequence"))
        {
            foreach (var value in property.Values)
            {
                if (Consequence(property, value, values, context) is { } consequence)
                {
                    consequences.Add(consequence);
                }
            }
        }

        evaluation.Consequences = consequences.ToImmutable();
    }

    // `window: 4 quarters` | `window: start of Reform` | `window: 2019-01-01, 2019-12-31`.
    private static EvaluationWindowSpec? Window(PropertySyntax property, ValueReader values, BindingContext context)
    {
        var first = property.Values[0].Expression;
        if (ValueReader.IsMissing(first))
        {
            return null;
        }

        if (property.Values.Count == 1 && ExpressionBinder.QuantityOf(first) is { Unit.Dimension: Dimension.Time } periods)
        {
            if (periods.Value >= 1 && periods.Value <= 1000 && decimal.Truncate(periods.Value) == periods.Value)
            {
                return new EvaluationWindowSpec((int)periods.Value, periods.Unit, null, null, property);
            }

            values.Expect(property, first, new Phrase("Expect_Window"));
            return null;
        }

        if (property.Values.Count > 2 || Day(property, first, values, context) is not { } from)
        {
            return null;
        }

        BoundExpression? to = null;
        if (property.Values.Count == 2 && (to = Day(property, property.Values[1].Expression, values, context)) is null)
        {
            return null;
        }

        return new EvaluationWindowSpec(null, null, from, to, property);
    }

    private static BoundExpression? Day(PropertySyntax property, ExpressionSyntax expression, ValueReader values, BindingContext context)
    {
        var bound = new ExpressionBinder(context, "window").Bind(expression);
        if (bound.Type is DateType)
        {
            return bound;
        }

        if (!bound.HasErrors)
        {
            values.Expect(property, expression, new Phrase("Expect_Window"));
        }

        return null;
    }

    // `"text" when condition [in group]`: judged at each site of its set, never for sites together.
    private static ConsequenceRule? Consequence(PropertySyntax property, PropertyValueSyntax value, ValueReader values, BindingContext context)
    {
        if (ValueReader.IsMissing(value.Expression))
        {
            return null;
        }

        var when = ValueReader.Clause(value, SyntaxKind.WhenKeyword);
        if (value.Expression is not StringLiteralExpressionSyntax { StringToken.Value: string text } || when is null)
        {
            values.Expect(property, value.Expression, new Phrase("Expect_Consequence"));
            return null;
        }

        var condition = new ExpressionBinder(context, "consequence").BindCondition(when.Expression, QuantifierKind.All);
        if (condition.HasErrors)
        {
            return null;
        }

        // Without a quantifier the condition was per site and now ranges over the pilot sites; `in G`
        // or `at 杭州` only choose the sites. Any other quantifier decides for the sites together.
        var perSite = condition is BoundQuantified quantified
            && (quantified.Syntax is not QuantifiedExpressionSyntax syntax || syntax.Quantifier is GroupQuantifierSyntax or SingleSiteQuantifierSyntax);
        if (!perSite)
        {
            context.Diagnostics.Report(DiagnosticDescriptors.ConsequenceOverSitesTogether, when.Expression, when.Expression.ToString().Trim());
            return null;
        }

        return new ConsequenceRule(text, condition, value);
    }
}
