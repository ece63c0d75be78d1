using PilotSpec.Cli.Tests.Infrastructure;

namespace PilotSpec.Cli.Tests.EndToEnd;

/// <summary>What pilotc reads besides the specs it is given: docs/reliability.md, "What a spec may read".</summary>
public sealed class ReadSafetyTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_pilotspec_json_that_is_a_link_to_dev_zero_is_not_read_and_check_finishes()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // no /dev/zero
        }

        _folder.Write("spec.pilot", Specs.Warning);
        File.CreateSymbolicLink(Path.Combine(_folder.Path, "pilotspec.json"), "/dev/zero");

        var result = _folder.Pilotc("check", "spec.pilot", "--format", "text");

        Assert.Contains("PS0020", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("not a regular file", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("PS0201", result.StdOut, StringComparison.Ordinal); // the spec is still checked
    }

    [Fact]
    public void An_import_of_a_file_that_is_not_a_spec_echoes_none_of_it()
    {
        _folder.Write("secret/creds.env", "API_KEY=hunter2\n");
        _folder.Write("spec.pilot", "import \"secret/creds.env\"\n" + Specs.Warning);

        var result = _folder.Pilotc("check", "spec.pilot", "--format", "text");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("PS0800", result.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", result.StdOut + result.StdErr, StringComparison.Ordinal);
    }
}
