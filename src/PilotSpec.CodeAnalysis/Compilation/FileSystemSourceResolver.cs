using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace PilotSpec.CodeAnalysis;

/// <summary>
/// Reads imports from disk, relative to the importing file's folder, and only what a spec may
/// read: a regular file (never a directory, device, FIFO or socket: /dev/zero would read
/// forever, a FIFO or /dev/stdin would hang or steal the server's input), inside the project
/// (<see cref="ProjectRoots"/>, links followed), no larger than <see cref="MaxImportBytes"/>
/// (checked before reading), in UTF-8 (a byte order mark dropped; anything else, UTF-16
/// included, refused, as for the specs given directly). A refusal shows a path, a folder, a
/// limit or a byte offset, never what the file holds.
/// </summary>
public sealed class FileSystemSourceResolver : ICheckedSourceResolver
{
    /// <summary>The largest import read: far above any real spec, far below what would exhaust memory.</summary>
    public const int MaxImportBytes = 16 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static FileSystemSourceResolver Instance { get; } = new();

    public string ResolvePath(string importingFile, string importPath)
    {
        var folder = Path.GetDirectoryName(importingFile);
        return Path.GetFullPath(Path.Combine(string.IsNullOrEmpty(folder) ? "." : folder, importPath));
    }

    public string? TryReadText(string path) => Read(path).Text;

    public ImportRead ReadImport(string rootSpec, string path)
    {
        // The path as written first: whether a file outside the project exists is not told.
        var roots = ProjectRoots.Of(rootSpec);
        if (!Inside(roots, path))
        {
            return ImportRead.Refused(ImportRefusal.OutsideProjectRoot, roots[0]);
        }

        string target;
        try
        {
            target = FinalTarget(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return ImportRead.Refused(ImportRefusal.NotFound);
        }

        return Inside(roots, target) ? Read(path) : ImportRead.Refused(ImportRefusal.OutsideProjectRoot, roots[0]);
    }

    private static bool Inside(IReadOnlyList<string> roots, string path)
    {
        foreach (var root in roots)
        {
            if (ProjectRoots.Contains(root, path))
            {
                return true;
            }
        }

        return false;
    }

    private static ImportRead Read(string path)
    {
        try
        {
            switch (SafeFile.Kind(path))
            {
                case SafeFile.FileKind.Missing:
                    return ImportRead.Refused(ImportRefusal.NotFound);
                case SafeFile.FileKind.Regular:
                    break;
                default:
                    return ImportRead.Refused(ImportRefusal.NotARegularFile);
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            if (stream.Length > MaxImportBytes)
            {
                return ImportRead.Refused(ImportRefusal.TooLarge, MaxImportBytes.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            // Read no more than the limit even if the file grows meanwhile.
            var bytes = new byte[(int)stream.Length];
            var read = 0;
            int n;
            while (read < bytes.Length && (n = stream.Read(bytes, read, bytes.Length - read)) > 0)
            {
                read += n;
            }

            return Decode(bytes, read);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return ImportRead.Refused(ImportRefusal.NotFound);
        }
    }

    private static ImportRead Decode(byte[] bytes, int count)
    {
        var start = count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        try
        {
            return ImportRead.Read(StrictUtf8.GetString(bytes, start, count - start));
        }
        catch (DecoderFallbackException e)
        {
            var offset = e.Index >= 0 ? e.Index + start : 0;
            return ImportRead.Refused(ImportRefusal.NotUtf8, offset.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    // The file a chain of symbolic links ends on (only the last component's links: a linked
    // folder inside the project is the project's own business).
    private static string FinalTarget(string path)
    {
#if NET
        var target = File.ResolveLinkTarget(path, returnFinalTarget: true);
        return target is null ? path : Path.GetFullPath(target.FullName);
#else
        return path;
#endif
    }
}
