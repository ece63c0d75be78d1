using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Scheduling;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>
/// PS0401: a phase (at some site, staggering included) running past the pilot's planned `end:`.
/// The pilot's `end:` and a phase's `end:` are last days; a phase that lasts a `duration:`
/// ends the day before start + duration (12 months from 2020-01-01 is 2020-01-01 to
/// 2020-12-31), so it is its last day that is compared and shown.
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

            var lastDay = phase.Phase.Duration is not null && end > System.DateTime.MinValue ? end.AddDays(-1) : end;
            if (lastDay > pilotEnd)
            {
                context.Diagnostics.Report(DiagnosticDescriptors.PhaseEndsAfterPilot, phase.Phase.Declaration.Identifier, phase.Phase.Name, ScheduleResolver.Format(lastDay), ScheduleResolver.Format(pilotEnd));
            }
        }
    }
}
