using System;
using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Scheduling;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>
/// PS0404: a phase start, an evaluation or a target deadline before the pilot's `start:`.
/// Baselines are measured before a pilot by nature and are not checked.
/// </summary>
internal sealed class DateBeforePilotStartRule : SpecRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(DiagnosticDescriptors.DateBeforePilotStart);

    internal override void Run(RuleContext context)
    {
        if (context.Program.Pilot?.Start is not { } start)
        {
            return;
        }

        foreach (var phase in context.Schedule.Phases)
        {
            if (phase.Start is { } date && date < start)
            {
                Report(context, IndicatorProperties.Location(phase.Phase, phase.Phase.StartDate is null ? "after" : "start"), date, start);
            }
        }

        foreach (var evaluation in context.Program.Evaluations)
        {
            if (context.Schedule.DateOf(evaluation) is { } date && date < start)
            {
                var declaration = (EvaluationDeclarationSyntax)evaluation.Declaration;
                Report(context, (SyntaxNode?)declaration.Timing ?? declaration.Identifier, date, start);
            }
        }

        foreach (var indicator in context.Program.Indicators)
        {
            // A deadline before its own baseline is PS0724, the problem to fix first.
            if (indicator.Target?.Deadline is { } deadline && deadline < start && !(indicator.BaselineDate > deadline))
            {
                var target = IndicatorProperties.Value(indicator, "target");
                var clause = target is null ? null : Binding.Declarations.ValueReader.Clause(target, SyntaxKind.ByKeyword);
                Report(context, (SyntaxNode?)clause?.Expression ?? indicator.Declaration.Identifier, deadline, start);
            }
        }
    }

    private static void Report(RuleContext context, SyntaxNode node, DateTime date, DateTime start) =>
        context.Diagnostics.Report(DiagnosticDescriptors.DateBeforePilotStart, node, ScheduleResolver.Format(date), ScheduleResolver.Format(start));
}
