namespace PilotSpec.CodeAnalysis;

/// <summary>
/// How a compilation reads imported files. The file system by default; the language server
/// answers from open editor buffers first, tests from memory.
/// </summary>
public interface ISourceResolver
{
    /// <summary>The full, normalised path of <paramref name="importPath"/> as written in <paramref name="importingFile"/>.</summary>
    string ResolvePath(string importingFile, string importPath);

    /// <summary>The file's text, or null when it does not exist or cannot be read.</summary>
    string? TryReadText(string path);
}
