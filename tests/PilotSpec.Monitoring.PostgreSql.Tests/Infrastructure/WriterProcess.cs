using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace PilotSpec.Monitoring.PostgreSql.Tests.Infrastructure;

/// <summary>
/// The pg-journal-writer child process (tests/PilotSpec.Monitoring.PostgreSql.Writer), copied
/// next to the tests: it records into the database and prints a line per acknowledged observation.
/// </summary>
internal sealed class WriterProcess : IDisposable
{
    private readonly BlockingCollection<Ack> _acks = [];
    private readonly TaskCompletionSource _outputClosed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentQueue<string> _errors = new();

    private WriterProcess(Process process)
    {
        Process = process;
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                _acks.CompleteAdding();
                _outputClosed.TrySetResult();
            }
            else if (Ack.TryParse(e.Data, out var ack))
            {
                _acks.Add(ack);
            }
        };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is not null)
            {
                _errors.Enqueue(e.Data);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Process Process { get; }

    public static string DllPath { get; } = Path.Combine(AppContext.BaseDirectory, "pg-journal-writer.dll");

    public string Errors => string.Join(Environment.NewLine, _errors);

    /// <summary>Starts the writer; the connection string goes through its environment, never its command line.</summary>
    public static WriterProcess Start(string connectionString, params string[] arguments)
    {
        Assert.True(File.Exists(DllPath), $"pg-journal-writer.dll is not next to the tests: {DllPath}");
        var start = new ProcessStartInfo(DotnetHost)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(DllPath);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PILOTSPEC_WRITER_POSTGRES"] = connectionString;
        return new WriterProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start."));
    }

    /// <summary>Waits for the next acknowledgement; null when the output ended (or the wait timed out).</summary>
    public Ack? NextAck(TimeSpan timeout) =>
        _acks.TryTake(out var ack, timeout) ? ack : null;

    /// <summary>Every acknowledgement printed until the output closed (after the process ended).</summary>
    public List<Ack> AllAcks(TimeSpan timeout)
    {
        Assert.True(_outputClosed.Task.Wait(timeout), "the writer's output did not close in time");
        return [.. _acks];
    }

    public void Kill()
    {
        Process.Kill(entireProcessTree: true);
        Process.WaitForExit();
    }

    public void Dispose()
    {
        if (!Process.HasExited)
        {
            Kill();
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

/// <summary>One acknowledged observation: "ack SITE DAY VALUE".</summary>
internal sealed record Ack(string Site, int Day, decimal Value)
{
    public static bool TryParse(string line, out Ack ack)
    {
        var parts = line.Split(' ');
        if (parts.Length == 4 && parts[0] == "ack"
            && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && decimal.TryParse(parts[3], NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            ack = new Ack(parts[1], day, value);
            return true;
        }

        ack = null!;
        return false;
    }
}
