using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Scheduling;

namespace PilotSpec.CodeAnalysis.Checks;

internal sealed class RuleContext
{
    public RuleContext(BoundProgram program, PilotSchedule schedule, DiagnosticBag diagnostics)
    {
        Program = program;
        Schedule = schedule;
        Diagnostics = diagnostics;
    }

    public BoundProgram Program { get; }

    public PilotSchedule Schedule { get; }

    public DiagnosticBag Diagnostics { get; }
}
