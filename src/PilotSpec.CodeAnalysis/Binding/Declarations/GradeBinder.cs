using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.CodeAnalysis.Types;

namespace PilotSpec.CodeAnalysis.Binding.Declarations;

/// <summary>
/// An indicator's grades (`grades: 优 from 90, 良 from 80, 中 from 60, 差`) and the rounding
/// before grading (`round_to: 0`, `round_to: as_recorded`). A band runs from its bound up to the next
/// band's, so bands written this way cannot leave gaps between them; what can still go wrong
/// (two bands from one bound, nothing below the lowest, no rounding rule) is for the checks.
/// </summary>
internal static class GradeBinder
{
    public static void Bind(IndicatorSymbol indicator, PropertySyntax? grades, PropertySyntax? roundTo, ValueReader values, BindingContext context)
    {
        if (grades is { Values.Count: > 0 })
        {
            indicator.GradesSyntax = grades;
            indicator.Grades = Bands(indicator, grades, values, context);
        }

        if (roundTo is { Values.Count: > 0 } && ValueReader.First(roundTo) is { } places && !ValueReader.IsMissing(places))
        {
            indicator.HasRoundingRule = true;
            indicator.RoundTo = RoundTo(roundTo, places, values);
        }
    }

    private static ImmutableArray<GradeBand> Bands(IndicatorSymbol indicator, PropertySyntax property, ValueReader values, BindingContext context)
    {
        var bands = new List<GradeBand>();
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var value in property.Values)
        {
            if (ValueReader.IsMissing(value.Expression))
            {
                continue;
            }

            var from = ValueReader.Clause(value, SyntaxKind.FromKeyword);
            if (value.Expression is not NameExpressionSyntax name || value.Clauses.Length > (from is null ? 0 : 1)
                || !names.Add(name.IdentifierToken.Text) || (from is null && bands.Any(b => b.From is null)))
            {
                // A name twice, or two bands without a bound, would leave one of them meaningless.
                values.Expect(property, value.Expression, new Phrase("Expect_GradeBand"));
                continue;
            }

            Quantity? bound = null;
            if (from is not null)
            {
                bound = Bound(indicator, property, from.Expression, values, context);
                if (bound is null)
                {
                    continue;
                }
            }

            bands.Add(new GradeBand(name.IdentifierToken.Text, bound, value.Expression));
        }

        // Highest bound first, the band without a bound last: the first band a value reaches is its grade.
        return bands.OrderByDescending(b => b.From?.Value ?? decimal.MinValue).ToImmutableArray();
    }

    // A bound is a value in the indicator's unit: `90` on a score, `90%` on a rate (a range's ends too).
    internal static Quantity? Bound(IndicatorSymbol indicator, PropertySyntax property, ExpressionSyntax expression, ValueReader values, BindingContext context)
    {
        if (ExpressionBinder.QuantityOf(expression) is not { } quantity)
        {
            if (!ValueReader.IsMissing(expression))
            {
                values.Expect(property, expression, new Phrase("Expect_Value"));
            }

            return null;
        }

        var unit = indicator.Unit ?? Unit.Scalar;
        var fits = quantity.Unit.IsCompatibleWith(unit)
            || (quantity.Unit.Dimension == Dimension.Scalar && unit.Dimension != Dimension.Percent);
        if (!fits)
        {
            context.Diagnostics.Report(DiagnosticDescriptors.UnitMismatch, expression, TypeDescription.Of(PilotType.Number(unit)), TypeDescription.Of(PilotType.Number(quantity.Unit)));
            return null;
        }

        return quantity;
    }

    private static int? RoundTo(PropertySyntax property, ExpressionSyntax expression, ValueReader values)
    {
        if (expression is NameExpressionSyntax { IdentifierToken.Text: "as_recorded" })
        {
            return null;
        }

        if (ExpressionBinder.QuantityOf(expression) is { Unit.Dimension: Dimension.Scalar } quantity
            && quantity.Value >= 0 && quantity.Value <= 10 && decimal.Truncate(quantity.Value) == quantity.Value)
        {
            return (int)quantity.Value;
        }

        values.Expect(property, expression, new Phrase("Expect_RoundTo"));
        return null;
    }
}
