using System;
using System.Collections.Immutable;
using System.Linq;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Binding.Bound;
using PilotSpec.CodeAnalysis.Diagnostics;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>
/// PS0206: an evaluation judges an indicator before its first new observation — an
/// annually measured indicator at a six-month mid-term. The first observation is due one
/// period after the baseline date (or the pilot's start when the baseline has no date).
/// </summary>
internal sealed class MeasurementTooRareRule : SpecRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(DiagnosticDescriptors.MeasurementTooRare);

    internal override void Run(RuleContext context)
    {
        foreach (var evaluation in context.Program.Evaluations)
        {
            // An evaluation on the pilot's first day is PS0723: nothing at all can be observed, whatever the frequency.
            if (context.Schedule.DateOf(evaluation) is not { } date || date == context.Program.Pilot?.Start)
            {
                continue;
            }

            var reported = new System.Collections.Generic.HashSet<IndicatorSymbol>();
            foreach (var value in evaluation.Criteria.SelectMany(BoundTreeWalker.DescendantsAndSelf).OfType<BoundIndicatorValue>())
            {
                var indicator = value.Indicator;
                if (value.Member is IndicatorMember.Baseline or IndicatorMember.Target || indicator.Frequency is not { } frequency || reported.Contains(indicator))
                {
                    continue;
                }

                // A baseline after the target's deadline is PS0724: its dates are the mistake, not the frequency.
                if (indicator.BaselineDate > indicator.Target?.Deadline)
                {
                    continue;
                }

                var from = indicator.BaselineDate ?? context.Program.Pilot?.Start;
                if (from is null || frequency.Next(from.Value) <= date)
                {
                    continue;
                }

                reported.Add(indicator);
                context.Diagnostics.Report(DiagnosticDescriptors.MeasurementTooRare, value.Syntax, indicator.Name, new Phrase("Frequency_" + frequency), evaluation.Name, Scheduling.ScheduleResolver.Format(date));
            }
        }
    }
}
