using PilotSpec.Tests.Shared;
using Xunit.Abstractions;

namespace PilotSpec.Cli.Tests.Infrastructure;

/// <summary>
/// Debian's Chromium run headless on a local file: the DOM it rendered, or a screenshot.
/// A missing browser skips the test with the reason and the way to install it (never a pass
/// that looked at nothing); where every test must run (./test.sh, which installs it, and CI)
/// a missing browser fails it (<see cref="Requirement"/>).
/// </summary>
public static class HeadlessChromium
{
    /// <summary>
    /// The flags for a locked-down machine: no sandbox (tests run as root), no GPU, and none of
    /// the background connections that a closed network refuses; a fresh profile per run.
    /// </summary>
    private static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--hide-scrollbars", "--force-device-scale-factor=1",
    ];

    /// <summary>$CHROMIUM, else chromium (Debian) or google-chrome on the PATH.</summary>
    public static string Executable { get; } = Find();

    public static Requirement Needed { get; } = new(
        "Headless Chromium (CHROMIUM, or chromium or google-chrome on the PATH), which renders the HTML timeline,",
        "install it with `apt-get install -y chromium` or set CHROMIUM to the browser",
        () => Executable.Length > 0);

    /// <summary>Says once per test class, in the test run's output, why its tests are skipped.</summary>
    public sealed class Notice(IMessageSink sink) : RequirementNotice(sink, Needed);

    public static string DumpDom(string htmlFile)
    {
        var result = Run(["--dump-dom", new Uri(htmlFile).AbsoluteUri]);
        Assert.True(result.ExitCode == 0 && result.StdOut.Contains("<html", StringComparison.Ordinal), $"chromium --dump-dom failed: {result}");
        return result.StdOut;
    }

    public static byte[] Screenshot(string htmlFile, string pngFile, int width, int height)
    {
        var result = Run([$"--screenshot={pngFile}", $"--window-size={width},{height}", new Uri(htmlFile).AbsoluteUri]);
        Assert.True(result.ExitCode == 0 && File.Exists(pngFile), $"chromium --screenshot failed: {result}");
        return File.ReadAllBytes(pngFile);
    }

    private static PilotcResult Run(string[] args)
    {
        Needed.Check();
        var profile = Path.Combine(Path.GetTempPath(), "pilotc-tests-chromium", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        try
        {
            return Pilotc.RunCommand(Path.GetTempPath(), Executable, [.. Flags, $"--user-data-dir={profile}", .. args]);
        }
        finally
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
                // A helper process may still hold a file for a moment; the folder is in /tmp.
            }
        }
    }

    private static string Find()
    {
        var configured = Environment.GetEnvironmentVariable("CHROMIUM");
        if (!string.IsNullOrEmpty(configured))
        {
            // A CHROMIUM that points nowhere is reported as no browser, not as a crash in Process.Start.
            return File.Exists(configured) ? configured : "";
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var name in new[] { "chromium", "chromium-browser", "google-chrome" })
        {
            foreach (var folder in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = Path.Combine(folder, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        return "";
    }
}
