namespace PilotSpec.CodeAnalysis.Tests.TestSupport;

/// <summary>
/// Imports answered from a dictionary of files, so import tests need no disk and cannot be
/// disturbed by files that happen to exist. Paths are '/'-separated and relative to an
/// imaginary root: `spec.pilot` importing `lib/indicators.pilot` reads that key.
/// </summary>
internal sealed class InMemorySourceResolver(IReadOnlyDictionary<string, string> files) : ISourceResolver
{
    public List<string> Reads { get; } = [];

    public string ResolvePath(string importingFile, string importPath)
    {
        var folder = importingFile.Contains('/', StringComparison.Ordinal) ? importingFile[..importingFile.LastIndexOf('/')] : string.Empty;
        var parts = new List<string>();
        foreach (var part in (folder.Length == 0 ? importPath : folder + "/" + importPath).Split('/'))
        {
            if (part == "..")
            {
                if (parts.Count > 0)
                {
                    parts.RemoveAt(parts.Count - 1);
                }
            }
            else if (part is not ("." or ""))
            {
                parts.Add(part);
            }
        }

        return string.Join("/", parts);
    }

    public string? TryReadText(string path)
    {
        Reads.Add(path);
        return files.TryGetValue(path, out var text) ? text : null;
    }
}
