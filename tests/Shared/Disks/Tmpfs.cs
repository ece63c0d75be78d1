using System.Diagnostics;

namespace PilotSpec.Tests.Shared;

/// <summary>A small tmpfs mounted for one test: a real disk that fills up. Needs Linux and root (CI runs as root).</summary>
internal sealed class Tmpfs : IDisposable
{
    private static readonly Lazy<string?> WhyNot = new(Probe);

    private Tmpfs(string root) => Root = root;

    public string Root { get; }

    /// <summary>Null when a tmpfs can be mounted here, else why not (the test is then skipped, visibly).</summary>
    public static string? Unavailable => WhyNot.Value;

    public static Tmpfs Mount(int kilobytes)
    {
        var root = Path.Combine(Path.GetTempPath(), "pilotspec-tmpfs", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(root);
        var error = Run("mount", "-t", "tmpfs", "-o", $"size={kilobytes}k", "tmpfs", root);
        if (error is not null)
        {
            Directory.Delete(root);
            throw new InvalidOperationException("mount failed: " + error);
        }

        return new Tmpfs(root);
    }

    /// <summary>Fills every byte the disk has left with a file of its own; returns that file.</summary>
    public string Fill()
    {
        var filler = Path.Combine(Root, "filler-" + Guid.NewGuid().ToString("N"));
        using var stream = new FileStream(filler, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0);
        var block = new byte[512];
        try
        {
            while (true)
            {
                stream.Write(block, 0, block.Length);
            }
        }
        catch (IOException)
        {
            // Full to the last 512 bytes; one byte at a time for the rest.
        }

        try
        {
            while (true)
            {
                stream.WriteByte(0);
            }
        }
        catch (IOException)
        {
        }

        return filler;
    }

    public void Dispose()
    {
        Run("umount", "-l", Root);
        try
        {
            Directory.Delete(Root);
        }
        catch (IOException)
        {
        }
    }

    private static string? Probe()
    {
        if (!OperatingSystem.IsLinux())
        {
            return "tmpfs needs Linux";
        }

        try
        {
            using var probe = Mount(64);
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return e.Message;
        }
    }

    // Null on success, else what the command said.
    private static string? Run(string command, params string[] args)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEnd();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? null : $"{command} exited {process.ExitCode}: {error.Trim()}";
    }
}

/// <summary>A fact that needs a mountable tmpfs: skipped, with the reason, where there is none (CI runs as root and mounts one).</summary>
internal sealed class TmpfsFactAttribute : FactAttribute
{
    public TmpfsFactAttribute()
    {
        if (Tmpfs.Unavailable is { } why)
        {
            Skip = "no tmpfs can be mounted here (" + why + ")";
        }
    }
}
