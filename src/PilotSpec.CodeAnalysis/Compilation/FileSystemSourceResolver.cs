using System.IO;

namespace PilotSpec.CodeAnalysis;

/// <summary>Reads imports from disk, relative to the importing file's folder.</summary>
public sealed class FileSystemSourceResolver : ISourceResolver
{
    public static FileSystemSourceResolver Instance { get; } = new();

    public string ResolvePath(string importingFile, string importPath)
    {
        var folder = Path.GetDirectoryName(importingFile);
        return Path.GetFullPath(Path.Combine(string.IsNullOrEmpty(folder) ? "." : folder, importPath));
    }

    public string? TryReadText(string path)
    {
        try
        {
            return File.Exists(path) ? File.ReadAllText(path) : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (System.UnauthorizedAccessException)
        {
            return null;
        }
    }
}
