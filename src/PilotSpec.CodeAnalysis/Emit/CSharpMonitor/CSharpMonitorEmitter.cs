using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Scheduling;

namespace PilotSpec.CodeAnalysis.Emit.CSharpMonitor;

/// <summary>
/// Emits <c>&lt;Pilot&gt;.Monitor.g.cs</c>: a strongly typed monitor class over the
/// PilotSpec.Monitoring runtime, with one member per site, indicator, evaluation and alert
/// (a misspelt site is a compile error at the pilot site), and criteria, decisions and
/// alerts translated from the bound expressions. The source is parsed back with Roslyn as
/// C# 8; a parse error there is a bug of this emitter, so it throws
/// instead of writing code that would not compile. Output is deterministic: no dates, no
/// versions, spec order, '\n' line ends.
/// </summary>
public sealed class CSharpMonitorEmitter : IEmitter
{
    /// <summary>The namespace of generated monitors unless the project says otherwise.</summary>
    public const string DefaultNamespace = "PilotSpec.Monitors";

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp8, DocumentationMode.Diagnose);

    /// <param name="namespace">The namespace of the generated class; a dotted C# name.</param>
    public CSharpMonitorEmitter(string @namespace = DefaultNamespace)
    {
        Namespace = CSharpNames.Namespace(@namespace);
    }

    /// <summary>The namespace of the generated class.</summary>
    public string Namespace { get; }

    /// <summary>The name of the generated class for a pilot: <c>PolicingReformMonitor</c>.</summary>
    public static string ClassName(string pilotName) => CSharpNames.Identifier(pilotName).TrimStart('@') + "Monitor";

    public IEnumerable<EmittedFile> Emit(PilotSymbol pilot, BoundProgram program, PilotSchedule schedule)
    {
        var source = new MonitorWriter(pilot, program, schedule, Namespace).Write();
        var tree = CSharpSyntaxTree.ParseText(source, ParseOptions);
        var problems = tree.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException(
                $"The C# monitor of pilot {pilot.Name} does not parse: {string.Join("; ", problems.Select(p => p.ToString()))}");
        }

        // The writer lays the code out as Roslyn's NormalizeWhitespace and MonitorLayout would
        // (tests check the text is their fixed point): normalizing it again cost most of the emit.
        return new[] { new EmittedFile(OutputNames.Monitor(pilot.Name), output => output.Write(source)) };
    }
}
