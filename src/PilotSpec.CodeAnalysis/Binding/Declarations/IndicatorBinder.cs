using System;
using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Diagnostics;
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

        BindBaseline(indicator, properties.Single("baseline"), values, context);
        BindTarget(indicator, properties.Single("target"), values);
        BindMeasured(indicator, properties.Single("measured"), values, context);

        indicator.Source ??= values.Text(properties.Single("source"));
        indicator.Responsible = values.Text(properties.Single("responsible"));
        if (ValueReader.First(properties.Single("formula")) is { } formula && !ValueReader.IsMissing(formula))
        {
            indicator.Formula = new ExpressionBinder(context, "formula").Bind(formula);
        }

        BindRollUp(indicator, properties.Single("roll_up"), values);
        GradeBinder.Bind(indicator, properties.Single("grades"), properties.Single("round_to"), values, context);
        indicator.Range = RangeBinder.Bind(indicator, properties.Single("range"), values, context);
        if (ValueReader.First(properties.Single("stale_after")) is { } stale && !ValueReader.IsMissing(stale))
        {
            indicator.StaleAfter = StaleAfter(properties.Single("stale_after")!, stale, values, context);
        }

        indicator.Disaggregations = ImmutableArray.CreateRange(values.Texts(properties.Single("disaggregate")));
        var weight = properties.Single("weight");
        if (ValueReader.First(weight) is { } weightExpression)
        {
            indicator.Weight = GoalBinder.Weight(weightExpression, weight!, values);
        }
    }

    // `baseline: 200 days on 2017-12-31, 150 days at 杭州, 260 days at 宁波`: one programme
    // value (the default for sites without their own) and any number of per-site values.
    private static void BindBaseline(IndicatorSymbol indicator, PropertySyntax? property, ValueReader values, BindingContext context)
    {
        if (property is not { Values.Count: > 0 })
        {
            return;
        }

        var perSite = ImmutableDictionary.CreateBuilder<string, Quantity>(StringComparer.Ordinal);
        var programmeBound = false;
        // `1,200 minutes` is a thousands separator, not a second value: PS0706 reports it (one mistake, one diagnostic).
        var groupedDigits = new System.Collections.Generic.HashSet<int>();
        foreach (var (first, last) in Checks.Rules.DigitGroupingRule.Groups(property))
        {
            for (var i = first + 1; i <= last; i++)
            {
                groupedDigits.Add(i);
            }
        }

        var index = -1;
        foreach (var value in property.Values)
        {
            index++;
            if (ValueReader.IsMissing(value.Expression) || groupedDigits.Contains(index))
            {
                continue;
            }

            if (value.Expression is QuantifiedExpressionSyntax { Quantifier: SingleSiteQuantifierSyntax at } quantified)
            {
                BindSiteBaseline(indicator, property, value, quantified.Expression, at, perSite, values, context);
                continue;
            }

            if (ExpressionBinder.QuantityOf(value.Expression) is not { } quantity)
            {
                values.Expect(property, value.Expression, new Diagnostics.Phrase("Expect_Value"));
                continue;
            }

            if (programmeBound)
            {
                // A second value would silently replace or be lost: say so, and how to give a site its own.
                context.Diagnostics.Report(DiagnosticDescriptors.SecondProgrammeBaseline, value.Expression, value.Expression.ToString().Trim());
                continue;
            }

            programmeBound = true;
            indicator.Baseline = quantity;
            indicator.BaselineDate = values.Date(property, ValueReader.Clause(value, SyntaxKind.OnKeyword)?.Expression);
        }

        indicator.SiteBaselines = perSite.ToImmutable();
    }

    private static void BindSiteBaseline(
        IndicatorSymbol indicator,
        PropertySyntax property,
        PropertyValueSyntax value,
        ExpressionSyntax amount,
        SingleSiteQuantifierSyntax at,
        ImmutableDictionary<string, Quantity>.Builder perSite,
        ValueReader values,
        BindingContext context)
    {
        if (ExpressionBinder.QuantityOf(amount) is not { } quantity)
        {
            values.Expect(property, amount, new Diagnostics.Phrase("Expect_Value"));
            return;
        }

        if (at.SiteName.IsMissing || context.Resolve(at.SiteName, new[] { SymbolKind.Site }) is not SiteSymbol site)
        {
            return; // reported by Resolve
        }

        if (perSite.ContainsKey(site.Name))
        {
            context.Diagnostics.Report(DiagnosticDescriptors.DuplicateSiteBaseline, value.Expression, site.Name, indicator.Name);
            return;
        }

        if (ValueReader.Clause(value, SyntaxKind.OnKeyword) is { } on)
        {
            // One baseline date per indicator: a site's baseline is read at the programme's date.
            context.Diagnostics.Report(DiagnosticDescriptors.SiteBaselineWithDate, on, site.Name);
        }

        perSite[site.Name] = quantity;
    }

    // `target: 120 working days by 2019-12-31, -50% by 2019-12-31`: every part must hold.
    private static void BindTarget(IndicatorSymbol indicator, PropertySyntax? property, ValueReader values)
    {
        if (property is not { Values.Count: > 0 })
        {
            return;
        }

        var parts = ImmutableArray.CreateBuilder<Target>();
        foreach (var value in property.Values)
        {
            if (ValueReader.IsMissing(value.Expression))
            {
                continue;
            }

            if (ExpressionBinder.QuantityOf(value.Expression) is not { } amount)
            {
                values.Expect(property, value.Expression, new Diagnostics.Phrase("Expect_Target"));
                continue;
            }

            // A sign makes it a change: `+15%` relative, `+15 points` or `-3 minutes` in the indicator's unit.
            var signed = value.Expression is UnaryExpressionSyntax { OperatorToken.Kind: SyntaxKind.PlusToken or SyntaxKind.MinusToken };
            var kind = !signed ? TargetKind.Absolute
                : amount.Unit.Dimension == Dimension.Percent ? TargetKind.RelativeChange
                : TargetKind.AbsoluteChange;
            var deadline = values.Date(property, ValueReader.Clause(value, SyntaxKind.ByKeyword)?.Expression);
            parts.Add(new Target(kind, amount, deadline));
        }

        indicator.Targets = parts.ToImmutable();
    }

    // `roll_up: sum`, `roll_up: mean`, `roll_up: mean by population` (a weighted mean).
    private static void BindRollUp(IndicatorSymbol indicator, PropertySyntax? property, ValueReader values)
    {
        if (property is not { Values.Count: > 0 } || values.Word(property, RollUpWords) is not { } kind)
        {
            return;
        }

        var weight = ValueReader.Clause(property.Values[0], SyntaxKind.ByKeyword)?.Expression switch
        {
            NameExpressionSyntax name when !name.IdentifierToken.IsMissing => name.IdentifierToken.Text,
            null => null,
            var other => Unexpected(values, property, other),
        };
        indicator.RollUp = new RollUpRule(kind, kind == "mean" ? weight : null);
    }

    private static string? Unexpected(ValueReader values, PropertySyntax property, ExpressionSyntax expression)
    {
        values.Expect(property, expression, new Diagnostics.Phrase("Expect_Texts"));
        return null;
    }

    private static readonly string[] RollUpWords = { "sum", "mean" };

    // `stale_after: 3` (periods of the indicator's frequency): a whole number from 1.
    private static int? StaleAfter(PropertySyntax property, ExpressionSyntax expression, ValueReader values, BindingContext context)
    {
        if (ExpressionBinder.QuantityOf(expression) is { } quantity && quantity.Unit.Dimension == Dimension.Scalar
            && quantity.Value >= 1 && quantity.Value <= 1000 && decimal.Truncate(quantity.Value) == quantity.Value)
        {
            return (int)quantity.Value;
        }

        context.Diagnostics.Report(DiagnosticDescriptors.InvalidStaleAfter, expression, expression.ToString().Trim());
        return null;
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
