using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.CodeAnalysis.Types;

namespace PilotSpec.CodeAnalysis.Binding.Declarations;

/// <summary>
/// An indicator's unit, direction, baseline, target and measurement. The binder records
/// what the spec says; whether it makes sense (direction, percent vs points, units) is for
/// the checks.
/// </summary>
internal static class IndicatorBinder
{
    private static readonly string[] Directions = { "higher", "lower" };

    public static void Bind(IndicatorSymbol indicator, PropertySet properties, ValueReader values, BindingContext context)
    {
        var unit = values.Word(properties.Single("unit"), null);
        indicator.Unit = unit is null ? null : Unit.FromName(unit);
        indicator.Direction = values.Word(properties.Single("better"), Directions) switch
        {
            "higher" => Direction.HigherIsBetter,
            "lower" => Direction.LowerIsBetter,
            _ => Direction.Unspecified,
        };

        BindBaseline(indicator, properties.Single("baseline"), values);
        BindTarget(indicator, properties.Single("target"), values);
        BindMeasured(indicator, properties.Single("measured"), values, context);

        indicator.Source ??= values.Text(properties.Single("source"));
        indicator.Responsible = values.Text(properties.Single("responsible"));
        if (ValueReader.First(properties.Single("formula")) is { } formula && !ValueReader.IsMissing(formula))
        {
            indicator.Formula = new ExpressionBinder(context, "formula").Bind(formula);
        }

        indicator.Disaggregations = ImmutableArray.CreateRange(values.Texts(properties.Single("disaggregate")));
        var weight = properties.Single("weight");
        if (ValueReader.First(weight) is { } weightExpression)
        {
            indicator.Weight = GoalBinder.Weight(weightExpression, weight!, values);
        }
    }

    private static void BindBaseline(IndicatorSymbol indicator, PropertySyntax? property, ValueReader values)
    {
        if (property is not { Values.Count: > 0 })
        {
            return;
        }

        var value = property.Values[0];
        if (ValueReader.IsMissing(value.Expression))
        {
            return;
        }

        if (ExpressionBinder.QuantityOf(value.Expression) is not { } quantity)
        {
            values.Expect(property, value.Expression, new Diagnostics.Phrase("Expect_Value"));
            return;
        }

        indicator.Baseline = quantity;
        indicator.BaselineDate = values.Date(property, ValueReader.Clause(value, SyntaxKind.OnKeyword)?.Expression);
    }

    private static void BindTarget(IndicatorSymbol indicator, PropertySyntax? property, ValueReader values)
    {
        if (property is not { Values.Count: > 0 })
        {
            return;
        }

        var value = property.Values[0];
        if (ValueReader.IsMissing(value.Expression))
        {
            return;
        }

        if (ExpressionBinder.QuantityOf(value.Expression) is not { } amount)
        {
            values.Expect(property, value.Expression, new Diagnostics.Phrase("Expect_Target"));
            return;
        }

        // A sign makes it a change: `+15%` relative, `+15 points` or `-3 minutes` in the indicator's unit.
        var signed = value.Expression is UnaryExpressionSyntax { OperatorToken.Kind: SyntaxKind.PlusToken or SyntaxKind.MinusToken };
        var kind = !signed ? TargetKind.Absolute
            : amount.Unit.Dimension == Dimension.Percent ? TargetKind.RelativeChange
            : TargetKind.AbsoluteChange;
        var deadline = values.Date(property, ValueReader.Clause(value, SyntaxKind.ByKeyword)?.Expression);
        indicator.Target = new Target(kind, amount, deadline);
    }

    private static void BindMeasured(IndicatorSymbol indicator, PropertySyntax? property, ValueReader values, BindingContext context)
    {
        if (property is not { Values.Count: > 0 })
        {
            return;
        }

        var word = values.Word(property, MeasurementFrequencyFacts.Words);
        indicator.Frequency = word is null ? null : MeasurementFrequencyFacts.Parse(word);

        var value = property.Values[0];
        if (ValueReader.Clause(value, SyntaxKind.FromKeyword) is { } from)
        {
            indicator.Source = from.Expression is StringLiteralExpressionSyntax text
                ? text.StringToken.Value as string
                : values.Reference<Symbol>(property, from.Expression, SymbolKind.Stakeholder)?.Name;
        }

        if (ValueReader.Clause(value, SyntaxKind.ByKeyword) is { } by)
        {
            indicator.Source ??= by.Expression is StringLiteralExpressionSyntax text
                ? text.StringToken.Value as string
                : values.Reference<Symbol>(property, by.Expression, SymbolKind.Stakeholder)?.Name;
        }
    }
}
