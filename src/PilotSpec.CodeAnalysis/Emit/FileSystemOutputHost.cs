using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace PilotSpec.CodeAnalysis.Emit;

/// <summary>
/// Writes into one folder, all or nothing: each file is streamed to a temporary file next to
/// its target, and <see cref="Commit"/> renames them all over their targets once every file
/// is written, so a failure (or a crash) never leaves a half-written schedule or monitor,
/// nor one spec's new outputs beside another's old ones. Disposing without committing
/// removes the temporary files. Names are checked again here: nothing can land outside the folder.
/// </summary>
public sealed class FileSystemOutputHost : IOutputHost, IDisposable
{
    // The writer's buffer: what a file costs in memory while it is written, whatever its size.
    private const int BufferSize = 1 << 16;

    private static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly string _folder;
    private readonly List<(string Temporary, string Target)> _staged = new();

    public FileSystemOutputHost(string folder)
    {
        _folder = Path.GetFullPath(folder);
    }

    public void WriteFile(string fileName, Action<TextWriter> write)
    {
        if (fileName != OutputNames.Sanitize(fileName))
        {
            throw new ArgumentException($"'{fileName}' is not a plain file name.", nameof(fileName));
        }

        var target = Path.Combine(_folder, fileName);
        if (!string.Equals(Path.GetDirectoryName(Path.GetFullPath(target)), _folder.TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{fileName}' would be written outside the output folder.", nameof(fileName));
        }

        Directory.CreateDirectory(_folder);
        var temporary = Path.Combine(_folder, "." + fileName + "." + Guid.NewGuid().ToString("N") + ".tmp");
        _staged.Add((temporary, target));
        using var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize);
        using var writer = new StreamWriter(stream, Utf8, BufferSize) { NewLine = "\n" };
        write(writer);
    }

    /// <summary>Moves every file written so far over its target.</summary>
    public void Commit()
    {
        foreach (var (temporary, target) in _staged)
        {
            if (File.Exists(target))
            {
                File.Replace(temporary, target, destinationBackupFileName: null);
            }
            else
            {
                File.Move(temporary, target);
            }
        }

        _staged.Clear();
    }

    /// <summary>Removes the temporary files of an uncommitted write.</summary>
    public void Dispose()
    {
        foreach (var (temporary, _) in _staged)
        {
            if (File.Exists(temporary))
            {
                File.Delete(temporary);
            }
        }

        _staged.Clear();
    }
}
