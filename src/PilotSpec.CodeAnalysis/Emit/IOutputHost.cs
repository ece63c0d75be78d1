using System;
using System.IO;

namespace PilotSpec.CodeAnalysis.Emit;

/// <summary>
/// Where emitted files go. Emitters never touch the file system themselves (as in
/// TypeSpec), so tests use memory and the CLI writes atomically into one folder.
/// </summary>
public interface IOutputHost
{
    /// <summary>
    /// Writes one whole file: <paramref name="write"/> writes its text into the writer given
    /// (streamed, not held). <paramref name="fileName"/> is a bare, already-sanitised name.
    /// </summary>
    void WriteFile(string fileName, Action<TextWriter> write);
}
