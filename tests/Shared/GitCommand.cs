using System.Diagnostics;

namespace PilotSpec.Tests.Shared;

/// <summary>Runs git for a test that needs a repository of its own (a revision to compare with); a failure fails the test with git's message.</summary>
public static class GitCommand
{
    public static void Run(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var git = Process.Start(start)!;
        var error = git.StandardError.ReadToEndAsync();
        git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        Xunit.Assert.True(git.ExitCode == 0, "git " + string.Join(' ', arguments) + ": " + error.Result);
    }

    /// <summary>A new repository in <paramref name="folder"/> with everything in it committed.</summary>
    public static void CommitAll(string folder)
    {
        Run(folder, "init", "-q");
        Run(folder, "add", ".");
        Run(folder, "-c", "user.name=PilotSpec tests", "-c", "user.email=tests@example.org", "commit", "-q", "-m", "the earlier version");
    }
}
