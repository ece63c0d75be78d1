using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace PilotSpec.CodeAnalysis;

/// <summary>
/// The folders a spec's imports may come from: the folder of the nearest pilotspec.json above
/// the spec, else the repository root (the nearest folder with a .git), else the spec's own
/// folder; widened only by the pilotspec.json's "importRoots" (folders relative to it).
/// </summary>
internal static class ProjectRoots
{
    /// <summary>The largest pilotspec.json read for its "importRoots" (a symlink to /dev/zero must not be read to its end).</summary>
    private const int MaxConfigurationBytes = 1024 * 1024;

    public static IReadOnlyList<string> Of(string specPath)
    {
        var specFolder = Path.GetDirectoryName(Path.GetFullPath(specPath)) ?? Path.GetFullPath(".");
        for (var folder = specFolder; folder is not null; folder = Path.GetDirectoryName(folder))
        {
            var configuration = Path.Combine(folder, "pilotspec.json");
            if (File.Exists(configuration))
            {
                var roots = new List<string> { folder };
                roots.AddRange(ImportRootsOf(configuration, folder));
                return roots;
            }
        }

        for (var folder = specFolder; folder is not null; folder = Path.GetDirectoryName(folder))
        {
            var git = Path.Combine(folder, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return [folder];
            }
        }

        return [specFolder];
    }

    /// <summary>Whether <paramref name="path"/> (a full path) is inside <paramref name="folder"/> or is it.</summary>
    public static bool Contains(string folder, string path)
    {
        var comparison = Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var prefix = folder.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal) ? folder : folder + Path.DirectorySeparatorChar;
        return path.StartsWith(prefix, comparison) || string.Equals(path, folder, comparison);
    }

    // A pilotspec.json that cannot be read or parsed widens nothing (the configuration's own
    // check reports it); it is read only if it is a regular file of a sane size.
    private static IEnumerable<string> ImportRootsOf(string configuration, string folder)
    {
        if (SafeFile.Kind(configuration) != SafeFile.FileKind.Regular || new FileInfo(configuration).Length > MaxConfigurationBytes)
        {
            yield break;
        }

        string[] roots;
        try
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(configuration), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("importRoots", out var list)
                || list.ValueKind != JsonValueKind.Array)
            {
                yield break;
            }

            var found = new List<string>();
            foreach (var item in list.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String && item.GetString() is { Length: > 0 } root)
                {
                    found.Add(Path.GetFullPath(Path.Combine(folder, root)));
                }
            }

            roots = found.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or ArgumentException or NotSupportedException)
        {
            yield break;
        }

        foreach (var root in roots)
        {
            yield return root.TrimEnd(Path.DirectorySeparatorChar);
        }
    }
}
