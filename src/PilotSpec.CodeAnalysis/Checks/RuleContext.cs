using System.Collections.Immutable;
using System.Linq;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Scheduling;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Checks;

internal sealed class RuleContext
{
    private SpanIndex? _bindingDiagnosticSpans;
    private MeasurementWindows? _measurements;

    public RuleContext(BoundProgram program, PilotSchedule schedule, DiagnosticBag diagnostics, ImmutableArray<SyntaxTree> trees = default)
    {
        Trees = trees.IsDefault ? ImmutableArray<SyntaxTree>.Empty : trees;
        Program = program;
        Schedule = schedule;
        Diagnostics = diagnostics;
    }

    public BoundProgram Program { get; }

    /// <summary>The spec's files (imported ones included), for rules about the text as written.</summary>
    public ImmutableArray<SyntaxTree> Trees { get; }

    public PilotSchedule Schedule { get; }

    public DiagnosticBag Diagnostics { get; }

    /// <summary>The measurement plan (which indicators fall due where, by the schedule's windows), made once for the rules that read due dates.</summary>
    public MeasurementWindows Measurements => _measurements ??= MeasurementWindows.Create(Program, Schedule);

    /// <summary>Where the binder reported something, indexed once for the rules that stay quiet there.</summary>
    public SpanIndex BindingDiagnosticSpans =>
        _bindingDiagnosticSpans ??= new SpanIndex(Program.Diagnostics.Select(d => (d.Location.FilePath, d.Location.Span)));
}
