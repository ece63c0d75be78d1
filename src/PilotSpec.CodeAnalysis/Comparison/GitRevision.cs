using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;

namespace PilotSpec.CodeAnalysis.Comparison;

/// <summary>
/// An earlier version of a spec, read from git (`git show REVISION:./PATH`), for `pilotc diff`
/// and the editor's "weakened since" lens. git is run as a process — no libgit2 — in the folder
/// given; its own message is the reason when it fails (an unknown revision, not a repository,
/// git missing). Errors are values: the editor must never fail because git did.
/// </summary>
public static class GitRevision
{
    /// <summary>The bytes of <paramref name="path"/> (relative to <paramref name="folder"/>) at <paramref name="revision"/>, or why not.</summary>
    public static GitResult Show(string folder, string revision, string path) =>
        // git names paths with '/'; only on Windows is a backslash a separator (elsewhere it
        // may be part of a file's name).
        Run(folder, "show", revision + ":./" + (Path.DirectorySeparatorChar == '\\' ? path.Replace('\\', '/') : path));

    /// <summary>The files under <paramref name="path"/> at <paramref name="revision"/>, relative to <paramref name="folder"/>, or why not.</summary>
    public static GitResult List(string folder, string revision, string path) =>
        // -z: names as they are, NUL-separated (git otherwise quotes names with Chinese letters).
        Run(folder, "ls-tree", "-r", "-z", "--name-only", revision, "--", path);

    private static GitResult Run(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Arguments = string.Join(" ", arguments.Select(Quote)),
        };
        try
        {
            using var process = Process.Start(start);
            if (process is null)
            {
                return GitResult.Failed("git could not be started");
            }

            var error = process.StandardError.ReadToEndAsync();
            using var output = new MemoryStream();
            process.StandardOutput.BaseStream.CopyTo(output);
            process.WaitForExit();
            return process.ExitCode == 0
                ? GitResult.Read(output.ToArray())
                : GitResult.Failed(error.Result.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0) ?? "git failed");
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or IOException or InvalidOperationException)
        {
            return GitResult.Failed("reading a revision needs git on the PATH");
        }
    }

    // One argument as the runtime splits Arguments (the Windows rules, on every platform):
    // quoted, with quotes and the backslashes before them escaped.
    private static string Quote(string argument)
    {
        var text = new StringBuilder("\"");
        var backslashes = 0;
        foreach (var c in argument)
        {
            if (c == '\\')
            {
                backslashes++;
                continue;
            }

            text.Append('\\', c == '"' ? (backslashes * 2) + 1 : backslashes);
            backslashes = 0;
            text.Append(c);
        }

        return text.Append('\\', backslashes * 2).Append('"').ToString();
    }
}

/// <summary>What git gave: the output, or the reason it gave none.</summary>
public sealed class GitResult
{
    private GitResult(byte[]? output, string? error)
    {
        Output = output;
        Error = error;
    }

    public byte[]? Output { get; }

    public string? Error { get; }

    public static GitResult Read(byte[] output) => new(output, null);

    public static GitResult Failed(string error) => new(null, error);
}
