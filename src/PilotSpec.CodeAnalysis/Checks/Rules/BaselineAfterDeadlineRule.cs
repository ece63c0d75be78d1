using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Scheduling;

namespace PilotSpec.CodeAnalysis.Checks.Rules;

/// <summary>
/// PS0724: a target due before its own baseline was measured — usually a year typed wrong
/// in one of the two dates. Reported on the deadline, naming both dates; PS0404 and PS0206,
/// which would describe a consequence of the same slip, stay quiet for that indicator.
/// </summary>
internal sealed class BaselineAfterDeadlineRule : SpecRule
{
    public override ImmutableArray<DiagnosticDescriptor> Descriptors { get; } = ImmutableArray.Create(DiagnosticDescriptors.BaselineAfterDeadline);

    internal override void Run(RuleContext context)
    {
        foreach (var indicator in context.Program.Indicators)
        {
            if (indicator.BaselineDate is { } baseline && indicator.Target?.Deadline is { } deadline && baseline > deadline)
            {
                context.Diagnostics.Report(DiagnosticDescriptors.BaselineAfterDeadline, DateSyntax.Deadline(indicator), indicator.Name, ScheduleResolver.Format(deadline), ScheduleResolver.Format(baseline));
            }
        }
    }
}
