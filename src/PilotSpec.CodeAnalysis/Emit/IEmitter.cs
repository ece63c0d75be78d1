using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Scheduling;

namespace PilotSpec.CodeAnalysis.Emit;

/// <summary>
/// One output format over the one bound model (TypeSpec's emitter design): the JSON
/// schedule and the C# monitor are two emitters reading the same checked program.
/// </summary>
public interface IEmitter
{
    /// <summary>The files for a checked pilot, named but not yet written: each writes itself when its host asks.</summary>
    IEnumerable<EmittedFile> Emit(PilotSymbol pilot, BoundProgram program, PilotSchedule schedule);
}

/// <summary>
/// One output file. Its text is written to a writer as it is made, so a host can stream it to
/// disk and never hold the whole file (a schedule can be many times the size of its spec).
/// </summary>
public sealed class EmittedFile
{
    private readonly Action<TextWriter> _write;

    public EmittedFile(string fileName, Action<TextWriter> write)
    {
        FileName = fileName;
        _write = write;
    }

    public string FileName { get; }

    /// <summary>Writes the whole text to <paramref name="output"/>; the caller flushes and closes it.</summary>
    public void WriteTo(TextWriter output) => _write(output);

    /// <summary>The whole text in memory, made again on each call: for tests and small outputs.</summary>
    public string Content
    {
        get
        {
            var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
            WriteTo(text);
            return text.ToString();
        }
    }
}
