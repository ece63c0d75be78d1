using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Scheduling;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>
/// PS0723: an evaluation on the pilot's first day sees nothing but the baseline: the clock
/// starts there, no value has changed yet. Usually `at start of X` written for `at end of X`.
/// </summary>
internal sealed class EvaluationOnFirstDayRule : SpecRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(DiagnosticDescriptors.EvaluationOnFirstDay);

    internal override void Run(RuleContext context)
    {
        if (context.Program.Pilot?.Start is not { } start)
        {
            return;
        }

        foreach (var evaluation in context.Program.Evaluations)
        {
            if (context.Schedule.DateOf(evaluation) == start)
            {
                context.Diagnostics.Report(DiagnosticDescriptors.EvaluationOnFirstDay, DateSyntax.Timing(evaluation), evaluation.Name, ScheduleResolver.Format(start));
            }
        }
    }
}
