using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.CodeAnalysis.Types;

namespace PilotSpec.CodeAnalysis.Binding.Declarations;

/// <summary>
/// `range: 0, 100`: the lowest and highest value an indicator can take — a score's scale, a
/// count that cannot be negative. A percentage is 0 to 100 without saying so; a range narrows
/// it. Thresholds, baselines and targets beyond it are for the checks (PS0708, PS0709), and
/// observations beyond it are refused.
/// </summary>
internal static class RangeBinder
{
    public static (Quantity Low, Quantity High)? Bind(IndicatorSymbol indicator, PropertySyntax? property, ValueReader values, BindingContext context)
    {
        if (property is not { Values.Count: > 0 } || ValueReader.IsMissing(property.Values[0].Expression))
        {
            return null;
        }

        // Exactly two plain values, lowest first: a third, a clause, or a low above the high is a slip.
        var slip = property.Values.Count == 1 ? property.Values[0]
            : property.Values.Count > 2 ? property.Values[2]
            : property.Values[0].Clauses.Length > 0 ? property.Values[0]
            : property.Values[1].Clauses.Length > 0 ? property.Values[1]
            : null;
        if (slip is not null)
        {
            values.Expect(property, slip.Expression, new Phrase("Expect_Range"));
            return null;
        }

        var low = GradeBinder.Bound(indicator, property, property.Values[0].Expression, values, context);
        var high = GradeBinder.Bound(indicator, property, property.Values[1].Expression, values, context);
        if (low is null || high is null)
        {
            return null;
        }

        if (low.Value.Value >= high.Value.Value)
        {
            values.Expect(property, property.Values[1].Expression, new Phrase("Expect_Range"));
            return null;
        }

        return (low.Value, high.Value);
    }
}
