using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Scheduling;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>
/// PS0727: an evaluation on or after the pilot's end — the closing one — dated before the
/// last figures it reads are due. A period's figures are due the day after it closes
/// (docs/language.md, "Measurement due dates"), so a pilot ending 2024-12-31 measured
/// monthly has December's figures due 2025-01-01, and a final evaluation on 2024-12-31
/// judges the pilot without its last month. Reported on the evaluation's date, naming the
/// indicator whose figures come last, with the fix of dating the evaluation on that day
/// (which PS0721 then accepts). A period that runs past the pilot's end is a phase that does
/// (PS0401 names it), not a date to wait for.
/// </summary>
internal sealed class EvaluationBeforeFinalFiguresRule : SpecRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(DiagnosticDescriptors.EvaluationBeforeFinalFigures);

    internal override void Run(RuleContext context)
    {
        if (context.Program.Pilot?.PlannedEnd is not { } end)
        {
            return;
        }

        foreach (var evaluation in context.Program.Evaluations)
        {
            // Before the pilot's end it is a mid-term evaluation: it reads what has come in so far, as it should.
            if (context.Schedule.DateOf(evaluation) is not { } date || date < end)
            {
                continue;
            }

            FinalFigures.Figures? last = null;
            foreach (var figures in FinalFigures.Of(evaluation, context))
            {
                if (figures.Due > date && figures.ClosesTheLastPeriodBy(end) && (last is null || figures.Due > last.Due))
                {
                    last = figures;
                }
            }

            if (last is null)
            {
                continue;
            }

            var at = DateSyntax.Timing(evaluation);
            var due = ScheduleResolver.Format(last.Due);
            var fix = CodeFix.Replace("Fix_DateEvaluation", at.Span, due, due);
            context.Diagnostics.Report(
                DiagnosticDescriptors.EvaluationBeforeFinalFigures, at, fix,
                evaluation.Name, ScheduleResolver.Format(date), last.Indicator.Name, ScheduleResolver.Format(last.From), ScheduleResolver.Format(last.Until), due, ScheduleResolver.Format(end));
        }
    }
}
