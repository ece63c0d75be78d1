using System.Diagnostics;

namespace PilotSpec.Monitoring.Tests.Journal;

/// <summary>The journal-writer child process (tests/PilotSpec.Monitoring.JournalWriter), copied next to the tests.</summary>
internal sealed class JournalWriterProcess : IDisposable
{
    private JournalWriterProcess(Process process) => Process = process;

    public Process Process { get; }

    public static string DllPath { get; } = Path.Combine(AppContext.BaseDirectory, "journal-writer.dll");

    /// <summary>The pilot the child writes: one site "S", one daily indicator "daily".</summary>
    public static PilotDefinition Pilot { get; } =
        new("Crash", null, [new Site("S")], [new IndicatorDefinition("daily", unit: "cases")]);

    public static DateTime Start { get; } = new(2000, 1, 1);

    public static JournalWriterProcess Run(string mode, string path)
    {
        Assert.True(File.Exists(DllPath), $"journal-writer.dll is not next to the tests: {DllPath}");
        var start = new ProcessStartInfo(DotnetHost)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(DllPath);
        start.ArgumentList.Add(mode);
        start.ArgumentList.Add(path);
        return new JournalWriterProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start."));
    }

    public void Dispose()
    {
        if (!Process.HasExited)
        {
            Process.Kill(entireProcessTree: true);
            Process.WaitForExit();
        }

        Process.Dispose();
    }

    private static string DotnetHost
    {
        get
        {
            var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            if (!string.IsNullOrEmpty(host) && File.Exists(host))
            {
                return host;
            }

            var self = Environment.ProcessPath;
            return self is not null && Path.GetFileNameWithoutExtension(self) == "dotnet" ? self : "dotnet";
        }
    }
}
