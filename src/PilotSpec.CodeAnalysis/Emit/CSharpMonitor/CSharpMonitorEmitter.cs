using System.Collections.Generic;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Scheduling;

namespace PilotSpec.CodeAnalysis.Emit.CSharpMonitor;

/// <summary>
/// Emits <c>&lt;Pilot&gt;.Monitor.g.cs</c>: a strongly typed monitor class over the
/// PilotSpec.Monitoring runtime, with one member per site, indicator, evaluation and alert
/// (a misspelt site is a compile error at the pilot site), and criteria, decisions and
/// alerts from the pilot model. The source is written to its destination as it is made,
/// never held whole; it is not parsed back here (parsing a monitor of tens of megabytes cost
/// most of a large build): the tests parse and compile every monitor they emit, as C# 8
/// (MonitorBuild, MonitorTextLayoutTests, the fuzzing properties). Output is deterministic:
/// no dates, no versions, spec order, '\n' line ends.
/// </summary>
public sealed class CSharpMonitorEmitter : IEmitter
{
    /// <summary>The namespace of generated monitors unless the project says otherwise.</summary>
    public const string DefaultNamespace = "PilotSpec.Monitors";

    /// <param name="namespace">The namespace of the generated class; a dotted C# name.</param>
    public CSharpMonitorEmitter(string @namespace = DefaultNamespace)
    {
        Namespace = CSharpNames.Namespace(@namespace);
    }

    /// <summary>The namespace of the generated class.</summary>
    public string Namespace { get; }

    /// <summary>The name of the generated class for a pilot: <c>PolicingReformMonitor</c>.</summary>
    public static string ClassName(string pilotName) => CSharpNames.Identifier(pilotName).TrimStart('@') + "Monitor";

    public IEnumerable<EmittedFile> Emit(PilotSymbol pilot, BoundProgram program, PilotSchedule schedule) =>
        new[] { new EmittedFile(OutputNames.Monitor(pilot.Name), output => new MonitorWriter(pilot, program, schedule, Namespace).Write(output)) };
}
