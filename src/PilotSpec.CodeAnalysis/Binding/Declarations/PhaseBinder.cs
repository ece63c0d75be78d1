using System.Collections.Generic;
using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Binding.Bound;
using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.CodeAnalysis.Types;

namespace PilotSpec.CodeAnalysis.Binding.Declarations;

/// <summary>A phase's timing (`start:`, `after: Launch + 9 months`, `duration:`, `end:`), where it runs (`in:`) and its stagger.</summary>
internal static class PhaseBinder
{
    public static void Bind(PhaseSymbol phase, PropertySet properties, ValueReader values, BindingContext context)
    {
        phase.StartDate = values.Date(properties.Single("start"));
        phase.EndDate = values.Date(properties.Single("end"));

        var duration = properties.Single("duration");
        phase.Duration = duration is null ? null : values.Duration(duration, ValueReader.First(duration));
        var stagger = properties.Single("stagger");
        phase.Stagger = stagger is null ? null : values.Duration(stagger, ValueReader.First(stagger));
        var lag = properties.Single("lag");
        phase.Lag = lag is null ? null : values.Duration(lag, ValueReader.First(lag));

        var after = properties.Single("after");
        if (ValueReader.First(after) is { } afterExpression)
        {
            BindAfter(phase, after!, afterExpression, values);
        }

        BindRunsIn(phase, properties.Single("in"), values, context);
        phase.Activities = ImmutableArray.CreateRange(values.Texts(properties.Single("activities")));
        phase.Entry = BindCondition(properties.Single("entry"), context);
        phase.Exit = BindCondition(properties.Single("exit"), context);
    }

    // Like a criterion: unquantified, the condition must hold at every pilot site.
    private static BoundExpression? BindCondition(PropertySyntax? property, BindingContext context) =>
        ValueReader.First(property) is { } expression && !ValueReader.IsMissing(expression)
            ? new ExpressionBinder(context, property!.NameToken.Text).BindCondition(expression, QuantifierKind.All)
            : null;

    // `after: Launch` or `after: Launch + 9 months`.
    private static void BindAfter(PhaseSymbol phase, PropertySyntax property, ExpressionSyntax expression, ValueReader values)
    {
        ExpressionSyntax name = expression;
        ExpressionSyntax? offset = null;
        var negative = false;
        if (expression is BinaryExpressionSyntax { OperatorToken.Kind: SyntaxKind.PlusToken or SyntaxKind.MinusToken } binary)
        {
            name = binary.Left;
            offset = binary.Right;
            negative = binary.OperatorToken.Kind == SyntaxKind.MinusToken;
        }

        phase.After = values.Reference<PhaseSymbol>(property, name, SymbolKind.Phase);
        if (offset is not null)
        {
            if (ExpressionBinder.QuantityOf(offset) is { Unit.Dimension: Dimension.Time } quantity && quantity.Value >= 0)
            {
                phase.AfterOffset = new CalendarDuration(negative ? -quantity.Value : quantity.Value, quantity.Unit);
            }
            else
            {
                values.Expect(property, offset, new Diagnostics.Phrase("Expect_Offset"));
            }
        }
    }

    private static void BindRunsIn(PhaseSymbol phase, PropertySyntax? property, ValueReader values, BindingContext context)
    {
        if (property is null)
        {
            return;
        }

        var places = new List<Symbol>();
        foreach (var value in property.Values)
        {
            switch (value.Expression)
            {
                case AllSitesExpressionSyntax:
                    phase.RunsAtAllSites = true;
                    break;
                case NameExpressionSyntax name:
                    if (context.Resolve(name.IdentifierToken, SymbolKind.Wave, SymbolKind.Site) is { } place && !places.Contains(place))
                    {
                        places.Add(place);
                    }

                    break;
                default:
                    values.Expect(property, value.Expression, new Diagnostics.Phrase("Expect_Places"));
                    break;
            }
        }

        phase.RunsIn = places.ToImmutableArray();
    }
}
