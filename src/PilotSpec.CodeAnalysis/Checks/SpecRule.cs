using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Diagnostics;

namespace PilotSpec.CodeAnalysis.Checks;

/// <summary>
/// One check over a bound spec, with the codes it may report. Rules read the bound model
/// and the resolved schedule; they never re-parse or re-bind, and never report a fact the
/// binder already reported.
/// </summary>
public abstract class SpecRule
{
    public abstract ImmutableArray<DiagnosticDescriptor> Descriptors { get; }

    internal abstract void Run(RuleContext context);
}
