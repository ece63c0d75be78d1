using System.Diagnostics;
using System.Text;

namespace PilotSpec.Cli.Tests.Infrastructure;

/// <summary>
/// Runs the real pilotc (the pilotc.dll the build copies next to this test assembly) as a
/// child process, the way users and CI run it: exit code, stdout and stderr as bytes on pipes.
/// </summary>
public static class Pilotc
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);

    // Why a lock: under `.ci/run` the pilotc.dll next to the tests is instrumented by coverlet,
    // and every pilotc process adds its hits to one file when it exits, guarded by a named
    // mutex. On Linux .NET scopes an unprefixed named mutex to the terminal session, so a
    // pilotc started in a new session (under `script`, which gives it a terminal) does not
    // see the mutex of the others and can collide with one exiting at the same moment
    // (exit 134: "being used by another process"). Children in this process's session run
    // side by side (shared lock); a child in a new session runs alone (exclusive lock).
    private static readonly ReaderWriterLockSlim SessionLock = new(LockRecursionPolicy.NoRecursion);

    public static string DllPath { get; } = Path.Combine(AppContext.BaseDirectory, "pilotc.dll");

    /// <summary>Runs pilotc in <paramref name="workingDirectory"/> with an English UI culture unless <paramref name="uiLanguage"/> says otherwise.</summary>
    public static PilotcResult Run(string workingDirectory, string[] args, string uiLanguage = "en_US.UTF-8", IReadOnlyDictionary<string, string?>? environment = null)
    {
        Assert.True(File.Exists(DllPath), $"pilotc.dll is not next to the tests: {DllPath}");
        return RunCommand(workingDirectory, DotnetHostPath, [DllPath, .. args], environment, uiLanguage);
    }

    public static PilotcResult Run(string workingDirectory, params string[] args) => Run(workingDirectory, args, "en_US.UTF-8");

    /// <summary>Runs any program in this process's session with the same pinned environment.</summary>
    public static PilotcResult RunCommand(string workingDirectory, string program, string[] args, IReadOnlyDictionary<string, string?>? environment = null, string uiLanguage = "en_US.UTF-8")
    {
        SessionLock.EnterReadLock();
        try
        {
            return RunUnlocked(workingDirectory, program, args, environment, uiLanguage);
        }
        finally
        {
            SessionLock.ExitReadLock();
        }
    }

    /// <summary>Runs a program that starts its own terminal session (`script`), while no other child runs.</summary>
    public static PilotcResult RunInNewSession(string workingDirectory, string program, string[] args, IReadOnlyDictionary<string, string?>? environment = null)
    {
        SessionLock.EnterWriteLock();
        try
        {
            return RunUnlocked(workingDirectory, program, args, environment, "en_US.UTF-8");
        }
        finally
        {
            SessionLock.ExitWriteLock();
        }
    }

    private static PilotcResult RunUnlocked(string workingDirectory, string program, string[] args, IReadOnlyDictionary<string, string?>? environment, string uiLanguage)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        // The default message language comes from the environment; pin it so that a
        // developer's Chinese desktop does not change what the tests see.
        start.Environment.Remove("LC_ALL");
        start.Environment.Remove("LC_MESSAGES");
        start.Environment["LANG"] = uiLanguage;
        start.Environment.Remove("DOTNET_CLI_UI_LANGUAGE");
        start.Environment.Remove("NO_COLOR");
        foreach (var (name, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[name] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start.");
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(' ', args)} did not finish within {Timeout}.");
        }

        process.WaitForExit();
        return new PilotcResult(process.ExitCode, stdout.GetAwaiter().GetResult(), stderr.GetAwaiter().GetResult());
    }

    /// <summary>The dotnet that runs these tests, so pilotc runs on the same runtime.</summary>
    public static string DotnetHostPath
    {
        get
        {
            var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            if (!string.IsNullOrEmpty(host) && File.Exists(host))
            {
                return host;
            }

            var self = Environment.ProcessPath;
            if (self is not null && Path.GetFileNameWithoutExtension(self) == "dotnet")
            {
                return self;
            }

            return "dotnet";
        }
    }
}
