using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Scheduling;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>
/// PS0720: a target whose deadline falls after the pilot's `end:` is judged by nobody — the
/// pilot is over before it is due. PS0721: an evaluation after the pilot's end judges a
/// pilot that has stopped — unless it waits for the last figures it reads, due after the
/// end (the last period's figures are due the day after it closes): on or before their due
/// date it is right (PS0727 asks for it). Both are reported on the date.
/// </summary>
internal sealed class DateAfterPilotEndRule : SpecRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.TargetAfterPilotEnd, DiagnosticDescriptors.EvaluationAfterPilotEnd);

    internal override void Run(RuleContext context)
    {
        if (context.Program.Pilot?.PlannedEnd is not { } end)
        {
            return;
        }

        foreach (var indicator in context.Program.Indicators)
        {
            if (indicator.Target?.Deadline is { } deadline && deadline > end)
            {
                context.Diagnostics.Report(DiagnosticDescriptors.TargetAfterPilotEnd, DateSyntax.Deadline(indicator), indicator.Name, ScheduleResolver.Format(deadline), ScheduleResolver.Format(end));
            }
        }

        foreach (var evaluation in context.Program.Evaluations)
        {
            // At the end of a phase that itself runs past the pilot, PS0401 names the problem: the phase.
            if (context.Schedule.DateOf(evaluation) is { } date && date > end
                && !(evaluation.Timing is Binding.Bound.BoundPhaseBoundary boundary && context.Schedule.Of(boundary.Phase)?.End > end)
                && !WaitsForFinalFigures(evaluation, date, context))
            {
                context.Diagnostics.Report(DiagnosticDescriptors.EvaluationAfterPilotEnd, DateSyntax.Timing(evaluation), evaluation.Name, ScheduleResolver.Format(date), ScheduleResolver.Format(end));
            }
        }
    }

    // On or before the last due date of the figures it reads: it waits for them, as it should.
    private static bool WaitsForFinalFigures(EvaluationSymbol evaluation, System.DateTime date, RuleContext context)
    {
        foreach (var figures in FinalFigures.Of(evaluation, context))
        {
            if (date <= figures.Due)
            {
                return true;
            }
        }

        return false;
    }
}
