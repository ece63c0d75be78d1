using System.Linq;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Scheduling;

namespace PilotSpec.CodeAnalysis.Checks;

internal sealed class RuleContext
{
    private SpanIndex? _bindingDiagnosticSpans;

    public RuleContext(BoundProgram program, PilotSchedule schedule, DiagnosticBag diagnostics)
    {
        Program = program;
        Schedule = schedule;
        Diagnostics = diagnostics;
    }

    public BoundProgram Program { get; }

    public PilotSchedule Schedule { get; }

    public DiagnosticBag Diagnostics { get; }

    /// <summary>Where the binder reported something, indexed once for the rules that stay quiet there.</summary>
    public SpanIndex BindingDiagnosticSpans =>
        _bindingDiagnosticSpans ??= new SpanIndex(Program.Diagnostics.Select(d => (d.Location.FilePath, d.Location.Span)));
}
