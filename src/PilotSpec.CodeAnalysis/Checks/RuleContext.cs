using System.Linq;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Scheduling;

namespace PilotSpec.CodeAnalysis.Checks;

internal sealed class RuleContext
{
    private SpanIndex? _bindingDiagnosticSpans;
    private MeasurementWindows? _measurements;

    public RuleContext(BoundProgram program, PilotSchedule schedule, DiagnosticBag diagnostics)
    {
        Program = program;
        Schedule = schedule;
        Diagnostics = diagnostics;
    }

    public BoundProgram Program { get; }

    public PilotSchedule Schedule { get; }

    public DiagnosticBag Diagnostics { get; }

    /// <summary>The measurement plan (which indicators fall due where, by the schedule's windows), made once for the rules that read due dates.</summary>
    public MeasurementWindows Measurements => _measurements ??= MeasurementWindows.Create(Program, Schedule);

    /// <summary>Where the binder reported something, indexed once for the rules that stay quiet there.</summary>
    public SpanIndex BindingDiagnosticSpans =>
        _bindingDiagnosticSpans ??= new SpanIndex(Program.Diagnostics.Select(d => (d.Location.FilePath, d.Location.Span)));
}
