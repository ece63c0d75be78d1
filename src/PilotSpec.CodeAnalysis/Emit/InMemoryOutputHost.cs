using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace PilotSpec.CodeAnalysis.Emit;

/// <summary>Keeps emitted files in memory: for tests, the language server and the source generator.</summary>
public sealed class InMemoryOutputHost : IOutputHost
{
    private readonly SortedDictionary<string, string> _files = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Files => _files;

    public void WriteFile(string fileName, Action<TextWriter> write)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        write(text);
        _files[fileName] = text.ToString();
    }
}
