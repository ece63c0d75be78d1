using System.Collections.Generic;
using System.Collections.Immutable;

namespace PilotSpec.CodeAnalysis.Emit;

/// <summary>Keeps emitted files in memory: for tests, the language server and the source generator.</summary>
public sealed class InMemoryOutputHost : IOutputHost
{
    private readonly SortedDictionary<string, string> _files = new(System.StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Files => _files;

    public void WriteFile(string fileName, string content) => _files[fileName] = content;
}
