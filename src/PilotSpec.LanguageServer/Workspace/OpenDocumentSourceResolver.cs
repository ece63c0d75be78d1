using PilotSpec.CodeAnalysis;

namespace PilotSpec.LanguageServer.Workspace;

/// <summary>
/// Reads imports the way the editor sees them: an open document's unsaved text first, the
/// file on disk otherwise. Paths are resolved like the command line resolves them.
/// </summary>
public sealed class OpenDocumentSourceResolver : ISourceResolver
{
    private readonly WorkspaceSnapshot _snapshot;

    public OpenDocumentSourceResolver(WorkspaceSnapshot snapshot) => _snapshot = snapshot;

    public string ResolvePath(string importingFile, string importPath)
    {
        try
        {
            var folder = DocumentUris.IsFilePath(importingFile) ? Path.GetDirectoryName(importingFile) : null;
            folder = string.IsNullOrEmpty(folder) ? _snapshot.RootFolder ?? Directory.GetCurrentDirectory() : folder;
            return Path.GetFullPath(Path.Combine(folder, importPath));
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return importPath;
        }
    }

    public string? TryReadText(string path) =>
        _snapshot.FindByPath(path) is { } open ? open.Text.ToString() : FileSystemSourceResolver.Instance.TryReadText(path);
}
