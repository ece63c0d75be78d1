using PilotSpec.CodeAnalysis;

namespace PilotSpec.LanguageServer.Workspace;

/// <summary>
/// Reads imports the way the editor sees them: an open document's unsaved text first, the
/// file on disk otherwise. Paths are resolved like the command line resolves them.
/// </summary>
public sealed class OpenDocumentSourceResolver : ICheckedSourceResolver
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

    /// <summary>An open document as the editor has it; a file on disk only if a spec may read it (an import of /dev/stdin must not steal the server's input).</summary>
    public ImportRead ReadImport(string rootSpec, string path)
    {
        if (_snapshot.FindByPath(path) is { } open)
        {
            // Open in the editor, but still only from inside the project.
            var disk = FileSystemSourceResolver.Instance.ReadImport(rootSpec, path);
            return disk.Refusal == ImportRefusal.OutsideProjectRoot ? disk : ImportRead.Read(open.Text.ToString());
        }

        return FileSystemSourceResolver.Instance.ReadImport(rootSpec, path);
    }
}
