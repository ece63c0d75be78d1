using System.Collections.Generic;
using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.CodeAnalysis.Types;

namespace PilotSpec.CodeAnalysis.Binding.Declarations;

/// <summary>A goal's parent and its indicators: nested ones, and those listed in `measures:` (with `weight`).</summary>
internal static class GoalBinder
{
    public static void Bind(GoalSymbol goal, Symbol? container, PropertySet properties, ValueReader values, IEnumerable<Symbol> nested)
    {
        var parent = properties.Single("parent");
        goal.ParentGoal = parent is null
            ? container as GoalSymbol
            : values.Reference<GoalSymbol>(parent, ValueReader.First(parent), SymbolKind.Goal);

        var indicators = new List<IndicatorSymbol>();
        foreach (var symbol in nested)
        {
            if (symbol is IndicatorSymbol indicator)
            {
                indicators.Add(indicator);
                indicator.Goal = goal;
            }
        }

        var measures = properties.Single("measures");
        if (measures is not null)
        {
            foreach (var value in measures.Values)
            {
                var indicator = values.Reference<IndicatorSymbol>(measures, value.Expression, SymbolKind.Indicator);
                if (indicator is null || indicators.Contains(indicator))
                {
                    continue;
                }

                indicators.Add(indicator);
                indicator.Goal ??= goal;
                if (ValueReader.Clause(value, SyntaxKind.WeightKeyword) is { } weight)
                {
                    indicator.Weight = Weight(weight.Expression, measures, values);
                }
            }
        }

        goal.Indicators = indicators.ToImmutableArray();
    }

    /// <summary>A weight as a fraction: `0.6` or `60%`.</summary>
    public static decimal? Weight(ExpressionSyntax expression, PropertySyntax property, ValueReader values)
    {
        switch (ExpressionBinder.QuantityOf(expression))
        {
            case { Unit.Dimension: Dimension.Scalar } q:
                return q.Value;
            case { Unit.Dimension: Dimension.Percent } q:
                return q.Value / 100m;
            default:
                if (!ValueReader.IsMissing(expression))
                {
                    values.Expect(property, expression, new Diagnostics.Phrase("Expect_Weight"));
                }

                return null;
        }
    }
}
