using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Binding.Bound;

namespace PilotSpec.CodeAnalysis.Binding.Declarations;

internal static class AlertBinder
{
    private static readonly string[] Severities = { "info", "low", "medium", "warning", "high", "critical" };

    public static void Bind(AlertSymbol alert, PropertySet properties, ValueReader values, BindingContext context)
    {
        var when = properties.Single("when");
        if (ValueReader.First(when) is { } condition)
        {
            // An alert watches each site: an unquantified condition fires at any site where it holds.
            alert.Condition = new ExpressionBinder(context, "when").BindCondition(condition, QuantifierKind.Any);
        }

        alert.Notify = ImmutableArray.CreateRange(values.Texts(properties.Single("notify")));
        alert.Severity = values.Word(properties.Single("severity"), Severities);
    }
}
