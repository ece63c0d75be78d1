using PilotSpec.Cli.Tests.Infrastructure;

namespace PilotSpec.Cli.Tests.EndToEnd;

/// <summary>Folders and glob patterns, checked in parallel, reported in a stable order.</summary>
public sealed class ManyFilesTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_glob_pattern_matches_recursively_and_only_what_it_names()
    {
        _folder.Write(Path.Combine("specs", "a.pilot"), Specs.BadDate);
        _folder.Write(Path.Combine("specs", "deep", "er", "b.pilot"), Specs.BadDate);
        _folder.Write(Path.Combine("specs", "c.txt"), Specs.BadDate);
        _folder.Write(Path.Combine("other", "d.pilot"), Specs.BadDate);

        var result = _folder.Pilotc("check", "specs/**/*.pilot");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(
            [Path.Combine("specs", "a.pilot") + Specs.BadDateMessage, Path.Combine("specs", "deep", "er", "b.pilot") + Specs.BadDateMessage],
            result.StdOutLines);
    }

    [Fact]
    public void A_pattern_in_the_current_folder_works()
    {
        _folder.Write("b.pilot", Specs.BadDate);
        _folder.Write("a.pilot", Specs.MissingValue);

        var result = _folder.Pilotc("check", "*.pilot");

        Assert.Equal(["a.pilot" + Specs.MissingValueMessage, "b.pilot" + Specs.BadDateMessage], result.StdOutLines);
    }

    [Fact]
    public void A_pattern_that_matches_nothing_exits_2()
    {
        _folder.CreateFolder("specs");

        var result = _folder.Pilotc("check", "specs/**/*.pilot");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("specs/**/*.pilot: no file matches the pattern.", result.StdErr);
    }

    [Fact]
    public void Many_specs_checked_in_parallel_report_in_the_same_order_every_time()
    {
        for (var i = 0; i < 40; i++)
        {
            // Alternate clean and broken specs, some slower (more declarations) than others.
            var text = i % 3 == 0 ? Specs.BadDate : i % 3 == 1 ? Specs.UndeclaredName : Specs.Scheduled;
            _folder.Write(Path.Combine("specs", $"spec{i:D2}.pilot"), text);
        }

        var first = _folder.Pilotc("check", "specs");
        var second = _folder.Pilotc("check", "specs");

        Assert.True(first.ExitCode == 1, first.ToString());
        Assert.Equal(first.StdOut, second.StdOut);
        var files = first.StdOutLines.Select(l => l[..l.IndexOf('(')]).ToList();
        Assert.Equal(files.Order(StringComparer.Ordinal), files);
        Assert.Equal(27, first.StdOutLines.Length);
    }
}
