using System.Collections.Generic;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Scheduling;

namespace PilotSpec.CodeAnalysis.Emit;

/// <summary>
/// One output format over the one bound model (TypeSpec's emitter design): the JSON
/// schedule and the C# monitor are two emitters reading the same checked program.
/// </summary>
public interface IEmitter
{
    /// <summary>The files for a checked pilot, in memory: written only when every emitter succeeded.</summary>
    IEnumerable<EmittedFile> Emit(PilotSymbol pilot, BoundProgram program, PilotSchedule schedule);
}

public sealed record EmittedFile(string FileName, string Content);
