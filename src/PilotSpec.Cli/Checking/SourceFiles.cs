using System.Collections.Concurrent;
using Microsoft.CodeAnalysis.Text;

namespace PilotSpec.Cli.Checking;

/// <summary>
/// The text of every file a diagnostic can point into, under the path the diagnostic shows:
/// the specs and their imports as the compiler read them, and (read on demand) anything
/// else, such as a pilotspec.json. Reports need it to quote the line and to place fixes.
/// </summary>
public sealed class SourceFiles
{
    private readonly ConcurrentDictionary<string, SourceText?> _texts = new(StringComparer.Ordinal);

    public void Add(string path, SourceText text) => _texts[path] = text;

    public SourceText? TryGet(string path) => _texts.GetOrAdd(path, ReadFromDisk);

    private static SourceText? ReadFromDisk(string path)
    {
        try
        {
            // Only a regular file of a spec's size is quoted: a pilotspec.json that links to
            // /dev/zero must not be read to show the line of its diagnostic.
            return PilotSpec.CodeAnalysis.SafeFile.Kind(path) == PilotSpec.CodeAnalysis.SafeFile.FileKind.Regular
                && new FileInfo(path).Length <= PilotSpec.CodeAnalysis.FileSystemSourceResolver.MaxImportBytes
                ? SourceText.From(File.ReadAllText(path))
                : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
