using System.Collections.Concurrent;
using PilotSpec.CodeAnalysis.Configuration;

namespace PilotSpec.LanguageServer.Workspace;

/// <summary>
/// The pilotspec.json that governs a document (the nearest at or above its folder), read
/// again only when the file changes on disk, so editing severities needs no restart.
/// </summary>
public sealed class ConfigurationCache
{
    private readonly ConcurrentDictionary<string, (DateTime Written, long Length, ProjectConfiguration Configuration)> _byPath = new(StringComparer.Ordinal);

    public ProjectConfiguration For(string documentPath, string? rootFolder)
    {
        var folder = DocumentUris.IsFilePath(documentPath) ? Path.GetDirectoryName(documentPath) : rootFolder;
        if (string.IsNullOrEmpty(folder))
        {
            return ProjectConfiguration.Empty;
        }

        try
        {
            var path = ProjectConfiguration.Find(folder);
            if (path is null)
            {
                return ProjectConfiguration.Empty;
            }

            var info = new FileInfo(path);
            if (_byPath.TryGetValue(path, out var cached) && cached.Written == info.LastWriteTimeUtc && cached.Length == info.Length)
            {
                return cached.Configuration;
            }

            var configuration = ProjectConfiguration.Read(path);
            _byPath[path] = (info.LastWriteTimeUtc, info.Length, configuration);
            return configuration;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or System.Security.SecurityException)
        {
            return ProjectConfiguration.Empty;
        }
    }
}
