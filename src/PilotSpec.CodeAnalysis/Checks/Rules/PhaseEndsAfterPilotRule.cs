using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Scheduling;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>
/// PS0401: a phase (at some site, staggering included) running past the pilot's planned `end:`.
/// Both are last days (the schedule's convention: 12 months from 2020-01-01 end on 2020-12-31).
/// </summary>
internal sealed class PhaseEndsAfterPilotRule : SpecRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(DiagnosticDescriptors.PhaseEndsAfterPilot);

    internal override void Run(RuleContext context)
    {
        if (context.Program.Pilot?.PlannedEnd is not { } pilotEnd)
        {
            return;
        }

        foreach (var phase in context.Schedule.Phases)
        {
            if (phase.End is not { } end)
            {
                continue;
            }

            var lastDay = end;
            if (lastDay > pilotEnd)
            {
                context.Diagnostics.Report(DiagnosticDescriptors.PhaseEndsAfterPilot, phase.Phase.Declaration.Identifier, phase.Phase.Name, ScheduleResolver.Format(lastDay), ScheduleResolver.Format(pilotEnd));
            }
        }
    }
}
