using System.Diagnostics;

namespace PilotSpec.Benchmarks.Store;

/// <summary>
/// Starts this program's measure-store-engines again with other arguments: each engine's phases run in a process of
/// their own, so one engine's peak memory (or loaded native library) never counts against the other.
/// </summary>
public static class ChildProcess
{
    public static ProcessStartInfo StartInfo(IEnumerable<string> arguments, bool redirect)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!)
        {
            UseShellExecute = false,
            RedirectStandardInput = redirect,
            RedirectStandardOutput = redirect,
        };

        // Under `dotnet PilotSpec.Benchmarks.dll` the process is the dotnet host: name the program again.
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
        {
            start.ArgumentList.Add(typeof(ChildProcess).Assembly.Location);
        }

        start.ArgumentList.Add("measure-store-engines");
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        return start;
    }

    /// <summary>Runs a child to its end with this process's output; its exit code.</summary>
    public static int Run(IEnumerable<string> arguments)
    {
        using var child = Process.Start(StartInfo(arguments, redirect: false))!;
        child.WaitForExit();
        return child.ExitCode;
    }
}
