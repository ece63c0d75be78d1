using System.Diagnostics;
using System.Text;

namespace PilotSpec.LanguageServer.Tests.Infrastructure;

/// <summary>The real pilotls executable (the pilotls.dll the build copies next to the tests), as an editor starts it: stdio, stderr for the log.</summary>
public sealed class ServerProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stderr = new();

    private ServerProcess(Process process)
    {
        _process = process;
        _process.ErrorDataReceived += (_, e) =>
        {
            lock (_stderr)
            {
                _stderr.AppendLine(e.Data);
            }
        };
        _process.BeginErrorReadLine();
        Connection = new RawLspConnection(process.StandardOutput.BaseStream, process.StandardInput.BaseStream);
    }

    public static string DllPath { get; } = Path.Combine(AppContext.BaseDirectory, "pilotls.dll");

    public RawLspConnection Connection { get; }

    public string StandardError
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    public static ServerProcess Start(params string[] args)
    {
        Assert.True(File.Exists(DllPath), $"pilotls.dll is not next to the tests: {DllPath}");
        var start = new ProcessStartInfo(DotnetHost)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(DllPath);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return new ServerProcess(Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start."));
    }

    public void CloseInput() => _process.StandardInput.Close();

    /// <summary>Stops reading what the server writes: its next write finds the pipe closed.</summary>
    public void CloseOutput() => _process.StandardOutput.Close();

    /// <summary>The exit code, or null if the process is still running after <paramref name="timeout"/>.</summary>
    public async Task<int?> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancellation = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancellation.Token);
            return _process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    public bool HasExited => _process.HasExited;

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    public static string DotnetHost
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
