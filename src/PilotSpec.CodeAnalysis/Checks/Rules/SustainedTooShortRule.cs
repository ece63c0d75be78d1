using System.Collections.Immutable;
using System.Linq;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Binding.Bound;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Types;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>
/// PS0725: `for 2 consecutive months` on an indicator measured quarterly can never be
/// observed — there is one value a quarter, so no two months in a row have one each.
/// The period of `for N ...` must be at least the indicator's measurement period.
/// </summary>
internal sealed class SustainedTooShortRule : SpecRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(DiagnosticDescriptors.SustainedPeriodShorterThanMeasurement);

    internal override void Run(RuleContext context)
    {
        foreach (var sustained in Conditions.Nodes(context.Program).OfType<BoundSustained>())
        {
            if (Months(sustained.PeriodUnit) is not { } period)
            {
                continue;
            }

            var rarest = BoundTreeWalker.DescendantsAndSelf(sustained.Condition)
                .OfType<BoundIndicatorValue>()
                .Where(v => v.Indicator.Frequency is not null)
                .OrderByDescending(v => Months(v.Indicator.Frequency!.Value))
                .FirstOrDefault();
            if (rarest is null || Months(rarest.Indicator.Frequency!.Value) <= period)
            {
                continue;
            }

            var syntax = (Syntax.SustainedExpressionSyntax)sustained.Syntax;
            context.Diagnostics.Report(
                DiagnosticDescriptors.SustainedPeriodShorterThanMeasurement, syntax.PeriodToken,
                syntax.CountToken.Text + " " + syntax.PeriodToken.Text, rarest.Indicator.Name, new Phrase("Frequency_" + rarest.Indicator.Frequency));
        }
    }

    // The length of a period in months: calendar units exactly, others by their minutes (a month as 30 days).
    private static decimal? Months(Unit unit) =>
        unit.IsCalendar ? unit.ToBase : unit.Dimension == Dimension.Time ? unit.ToBase / (60m * 24m * 30m) : null;

    private static decimal Months(MeasurementFrequency frequency) => frequency switch
    {
        MeasurementFrequency.Weekly => 7m / 30m,
        MeasurementFrequency.Monthly => 1m,
        MeasurementFrequency.Quarterly => 3m,
        MeasurementFrequency.SemiAnnually => 6m,
        _ => 12m,
    };
}
