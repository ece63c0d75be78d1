using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace PilotSpec.CodeAnalysis.Emit;

/// <summary>
/// Writes into one folder, all or nothing: each file is streamed to a temporary file next to
/// its target, and <see cref="Commit"/> renames them all over their targets once every file
/// is written, so a failure (or a crash) never leaves a half-written schedule or monitor,
/// nor one spec's new outputs beside another's old ones. A target that cannot be replaced
/// (a folder of that name) fails the commit before any file moves, and a rename that fails
/// midway puts back the files already moved. Disposing without committing removes the
/// temporary files. Names are checked again here: nothing can land outside the folder.
/// Temporary names do not grow with the target's, so a name that fits the file system as a
/// target fits as a temporary file too.
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
        var temporary = TemporaryName();
        _staged.Add((temporary, target));
        using var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize);
        using var writer = new StreamWriter(stream, Utf8, BufferSize) { NewLine = "\n" };
        write(writer);
    }

    /// <summary>Moves every file written so far over its target, or none of them.</summary>
    /// <exception cref="IOException">A target is a folder, or a rename failed (every target is then as it was).</exception>
    public void Commit()
    {
        foreach (var (_, target) in _staged)
        {
            if (Directory.Exists(target))
            {
                throw new IOException($"'{target}' is a folder, not a file: nothing was written.");
            }
        }

        // Each old target is first moved aside, so that a failing rename can put it back.
        var moved = new List<(string Temporary, string Target, string? Aside)>(_staged.Count);
        try
        {
            foreach (var (temporary, target) in _staged)
            {
                string? aside = null;
                if (File.Exists(target))
                {
                    aside = TemporaryName();
                    File.Move(target, aside);
                }

                moved.Add((temporary, target, aside));
                File.Move(temporary, target);
            }
        }
        catch
        {
            Restore(moved);
            throw;
        }

        foreach (var (_, _, aside) in moved)
        {
            if (aside is not null)
            {
                File.Delete(aside);
            }
        }

        _staged.Clear();
    }

    // Undoes a failed commit in reverse order: each new file goes back to its temporary name
    // (Dispose removes it), each old one back to its place.
    private static void Restore(List<(string Temporary, string Target, string? Aside)> moved)
    {
        for (var i = moved.Count - 1; i >= 0; i--)
        {
            var (temporary, target, aside) = moved[i];
            if (!File.Exists(temporary) && File.Exists(target))
            {
                File.Move(target, temporary);
            }

            if (aside is not null && File.Exists(aside))
            {
                File.Move(aside, target);
            }
        }
    }

    private string TemporaryName() => Path.Combine(_folder, ".pilotc-" + Guid.NewGuid().ToString("N") + ".tmp");

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
