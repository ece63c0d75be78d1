using System.Text;
using PilotSpec.CodeAnalysis.Comparison;
using PilotSpec.Tests.Shared;

namespace PilotSpec.CodeAnalysis.Tests.Comparison;

/// <summary>Reading an earlier version through git: the bytes as stored, names as they are, and git's own reason as a value when it cannot.</summary>
public sealed class GitRevisionTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pilotspec-git-" + Guid.NewGuid().ToString("N"));

    public GitRevisionTests()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "specs"));
        // A name with a quote, a backslash and a space, and one in Chinese: git's quoting and
        // the process's argument quoting must both leave them as they are.
        File.WriteAllText(Path.Combine(_folder, "specs", "say \"hi\" \\ there.pilot"), "pilot A {}\n");
        File.WriteAllBytes(Path.Combine(_folder, "specs", "改革.pilot"), Encoding.UTF8.GetBytes("pilot 改革 {}\n"));
        GitCommand.CommitAll(_folder);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    [Fact]
    public void Files_are_listed_and_read_as_they_are_stored()
    {
        var listed = GitRevision.List(_folder, "HEAD", "specs");
        var quoted = GitRevision.Show(_folder, "HEAD", "specs/say \"hi\" \\ there.pilot");
        var chinese = GitRevision.Show(_folder, "HEAD", "specs/改革.pilot");

        Assert.Null(listed.Error);
        Assert.Equal(["specs/say \"hi\" \\ there.pilot", "specs/改革.pilot"], Encoding.UTF8.GetString(listed.Output!).Split('\0', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal));
        Assert.True(quoted.Output is not null, quoted.Error);
        Assert.Equal("pilot A {}\n", Encoding.UTF8.GetString(quoted.Output!));
        Assert.Equal("pilot 改革 {}\n", Encoding.UTF8.GetString(chinese.Output!));
    }

    [Fact]
    public void What_git_cannot_give_is_its_reason_not_an_exception()
    {
        var revision = GitRevision.Show(_folder, "v0", "specs/改革.pilot");
        var file = GitRevision.Show(_folder, "HEAD", "specs/none.pilot");
        var folder = GitRevision.Show(Path.Combine(_folder, "missing"), "HEAD", "a.pilot");

        Assert.Null(revision.Output);
        Assert.False(string.IsNullOrEmpty(revision.Error));
        Assert.Null(file.Output);
        Assert.Contains("none.pilot", file.Error, StringComparison.Ordinal);
        Assert.Null(folder.Output);
        Assert.False(string.IsNullOrEmpty(folder.Error));
    }
}
