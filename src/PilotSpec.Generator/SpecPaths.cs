using System;
using System.Collections.Generic;
using System.IO;

namespace PilotSpec.Generator;

/// <summary>
/// Path arithmetic for imports, done on the strings alone: a generator must not ask the file
/// system or depend on the current directory (Path.GetFullPath does both for a relative
/// path), so `import "../shared/sites.pilot"` is resolved by joining and folding segments.
/// </summary>
internal static class SpecPaths
{
    private static readonly char[] Separators = { '/', '\\' };

    /// <summary>Paths compare as the platform's file systems usually do: ignoring case on Windows only.</summary>
    public static StringComparer Comparer { get; } =
        Path.DirectorySeparatorChar == '\\' ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    /// <summary>The path <paramref name="importPath"/> names when written in <paramref name="importingFile"/>.</summary>
    public static string Combine(string importingFile, string importPath)
    {
        if (IsRooted(importPath))
        {
            return Normalize(importPath);
        }

        return Normalize(FolderOf(importingFile) + importPath);
    }

    /// <summary>One spelling per path: platform separators, no empty, `.` or folded `..` segments.</summary>
    public static string Normalize(string path)
    {
        var root = RootOf(path);
        var segments = new List<string>();
        foreach (var segment in path.Substring(root.Length).Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == ".")
            {
                continue;
            }

            if (segment == ".." && segments.Count > 0 && segments[segments.Count - 1] != "..")
            {
                segments.RemoveAt(segments.Count - 1);
            }
            else if (segment != ".." || root.Length == 0)
            {
                segments.Add(segment); // `..` above a root is dropped, as the file system does
            }
        }

        return root.Replace('/', Path.DirectorySeparatorChar).Replace('\\', Path.DirectorySeparatorChar)
            + string.Join(Path.DirectorySeparatorChar.ToString(), segments);
    }

    // The folder with its trailing separator ("/site/specs/"), or empty for a bare file name.
    private static string FolderOf(string file) => file.Substring(0, file.LastIndexOfAny(Separators) + 1);

    private static bool IsRooted(string path) => RootOf(path).Length > 0;

    // "/", "C:\", "C:/", or "\\server\share\"; empty for a relative path.
    private static string RootOf(string path)
    {
        if (path.Length >= 2 && (path[0] == '\\' || path[0] == '/') && (path[1] == '\\' || path[1] == '/'))
        {
            var server = path.IndexOfAny(Separators, 2);
            var share = server < 0 ? -1 : path.IndexOfAny(Separators, server + 1);
            return share < 0 ? path : path.Substring(0, share + 1);
        }

        if (path.Length >= 1 && (path[0] == '/' || path[0] == '\\'))
        {
            return path.Substring(0, 1);
        }

        if (path.Length >= 3 && char.IsLetter(path[0]) && path[1] == ':' && (path[2] == '\\' || path[2] == '/'))
        {
            return path.Substring(0, 3);
        }

        return string.Empty;
    }
}
