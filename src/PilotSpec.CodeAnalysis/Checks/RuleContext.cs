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

    /// <summary>
    /// True when binding reported an error. Rules that conclude from something's absence
    /// (a site in no phase, an unused wave) stay quiet then: the absence is most likely the
    /// unresolved name already reported, and one mistake should give one diagnostic.
    /// </summary>
    public bool HasBindingErrors => System.Linq.Enumerable.Any(Program.Diagnostics, d => d.IsError);
}
