using System.Collections.Generic;
using PilotSpec.CodeAnalysis;

namespace PilotSpec.Generator;

/// <summary>
/// Answers the pilot compiler's imports from the project's .pilot additional files only: a
/// generator must not read the disk (the compiler would not know to run it again when such
/// a file changed). An import of a file the project does not list is "not found" (PS0105).
/// Paths come back spelt as the compiler gave them, so diagnostics name the same files.
/// </summary>
internal sealed class AdditionalFilesSourceResolver : ISourceResolver
{
    private readonly Dictionary<string, SpecFile> _byPath = new(SpecPaths.Comparer);

    public AdditionalFilesSourceResolver(IEnumerable<SpecFile> files)
    {
        foreach (var file in files)
        {
            var key = SpecPaths.Normalize(file.Path);
            if (!_byPath.ContainsKey(key))
            {
                _byPath.Add(key, file);
            }
        }
    }

    public string ResolvePath(string importingFile, string importPath)
    {
        var path = SpecPaths.Combine(importingFile, importPath);
        return _byPath.TryGetValue(path, out var file) ? file.Path : path;
    }

    public string? TryReadText(string path) =>
        _byPath.TryGetValue(SpecPaths.Normalize(path), out var file) ? file.Text : null;
}
