using System.Text.RegularExpressions;
using PilotSpec.Cli.Tests.Infrastructure;
using PilotSpec.Tests.Shared;

namespace PilotSpec.Cli.Tests.EndToEnd;

/// <summary>
/// `pilotc build PATH... -o DIR`. The emitters (schedule JSON, C# monitor) are arriving
/// separately, so these tests hold whatever files a pilot emits today: only
/// `&lt;Pilot&gt;.schedule.json` and `&lt;Pilot&gt;.Monitor.g.cs` may appear, and nothing at all on errors.
/// </summary>
public sealed class BuildCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_clean_spec_builds_into_a_created_folder_holding_only_its_pilot_outputs()
    {
        _folder.Write("reform.pilot", Specs.Scheduled);

        var result = _folder.Pilotc("build", "reform.pilot", "-o", Path.Combine("out", "generated"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.StdOut);
        Assert.Equal("", result.StdErr);
        var output = Path.Combine(_folder.Path, "out", "generated");
        Assert.True(Directory.Exists(output));
        AssertOnlyOutputsOf(output, "Reform");
    }

    [Fact]
    public void The_examples_build_and_each_output_belongs_to_one_of_their_pilots()
    {
        var output = _folder.CreateFolder("out");

        var result = Pilotc.Run(RepositoryRoot.Path, "build", "examples", "--out-dir", output);

        Assert.True(result.ExitCode == 0, result.ToString());
        var pilots = Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "examples"), "*.pilot")
            .SelectMany(f => Regex.Matches(File.ReadAllText(f), @"^pilot\s+(\w+)", RegexOptions.Multiline).Select(m => m.Groups[1].Value))
            .ToArray();
        AssertOnlyOutputsOf(output, pilots);
    }

    [Fact]
    public void An_error_in_any_spec_writes_nothing_and_exits_1()
    {
        _folder.Write("good.pilot", Specs.Scheduled);
        _folder.Write("bad.pilot", Specs.UndeclaredName);

        var result = _folder.Pilotc("build", "good.pilot", "bad.pilot", "-o", "out");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(["bad.pilot" + Specs.UndeclaredNameMessage], result.StdOutLines);
        Assert.False(Directory.Exists(Path.Combine(_folder.Path, "out")));
    }

    [Fact]
    public void An_error_leaves_an_existing_output_folder_as_it_was()
    {
        _folder.Write("bad.pilot", Specs.BadDate);
        _folder.Write(Path.Combine("out", "keep.txt"), "old");

        var result = _folder.Pilotc("build", "bad.pilot", "-o", "out");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(["keep.txt"], Directory.GetFiles(Path.Combine(_folder.Path, "out")).Select(Path.GetFileName));
    }

    [Fact]
    public void An_output_that_is_a_folder_leaves_every_output_as_it_was()
    {
        // #20: the schedule was replaced before the monitor's rename failed on the folder.
        _folder.Write("reform.pilot", Specs.Scheduled);
        _folder.Write(Path.Combine("out", "Reform.schedule.json"), "old");
        _folder.CreateFolder(Path.Combine("out", "Reform.Monitor.g.cs"));

        var result = _folder.Pilotc("build", "reform.pilot", "-o", "out");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("out: cannot write the outputs; none of them was changed:", result.StdErr, StringComparison.Ordinal);
        Assert.Contains("Reform.Monitor.g.cs", result.StdErr, StringComparison.Ordinal);
        Assert.Equal("old", File.ReadAllText(Path.Combine(_folder.Path, "out", "Reform.schedule.json")));
        Assert.Equal(["Reform.schedule.json"], Directory.GetFiles(Path.Combine(_folder.Path, "out")).Select(Path.GetFileName));
    }

    [Fact]
    public void A_failed_write_is_told_in_Chinese()
    {
        _folder.Write("reform.pilot", Specs.Scheduled);
        _folder.CreateFolder(Path.Combine("out", "Reform.Monitor.g.cs"));

        var result = _folder.Pilotc("build", "reform.pilot", "-o", "out", "--lang", "zh-Hans");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("out：无法写入输出文件，所有输出均未改动：", result.StdErr, StringComparison.Ordinal);
    }

    [TmpfsFact]
    public void A_full_disk_leaves_every_output_as_it_was()
    {
        // #20: all or nothing on a full disk: the outputs of the last build stay, whole, and no temporary file is left.
        _folder.Write("reform.pilot", Specs.Scheduled);
        using var disk = Tmpfs.Mount(64);
        var output = Path.Combine(disk.Root, "out");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "Reform.schedule.json"), "old");
        File.WriteAllText(Path.Combine(output, "Reform.Monitor.g.cs"), "old");
        disk.Fill();

        var result = _folder.Pilotc("build", "reform.pilot", "-o", output);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal(
            [("Reform.Monitor.g.cs", "old"), ("Reform.schedule.json", "old")],
            Directory.GetFiles(output).Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllText(f))));
    }

    [Fact]
    public void A_pilot_name_too_long_for_a_file_name_is_an_error_of_check_and_build()
    {
        // #20: 300 characters passed check and failed build on the temporary file name.
        var name = "Reform" + new string('x', 294);
        _folder.Write("reform.pilot", Specs.Scheduled.Replace("pilot Reform ", "pilot " + name + " ", StringComparison.Ordinal));

        var check = _folder.Pilotc("check", "reform.pilot");
        var build = _folder.Pilotc("build", "reform.pilot", "-o", "out");

        Assert.True(check.ExitCode == 1, check.ToString());
        Assert.Contains("error PS0114: This pilot name is 300 bytes long in UTF-8", check.StdOut, StringComparison.Ordinal);
        Assert.True(build.ExitCode == 1, build.ToString());
        Assert.DoesNotContain("internal error", build.StdErr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_folder.Path, "out")));
    }

    [Fact]
    public void Pilots_that_become_one_CSharp_class_are_PS0115_on_both_specs_and_nothing_is_built()
    {
        // #20: a_b and AB built without a word (different files, one class ABMonitor).
        _folder.Write("one.pilot", "pilot a_b \"x\" { owner: \"o\"; problem: \"p\"; start: 2024-01-01; end: 2024-12-31 }\n");
        _folder.Write("two.pilot", "pilot AB \"y\" { owner: \"o\"; problem: \"p\"; start: 2024-01-01; end: 2024-12-31 }\n");

        var result = _folder.Pilotc("build", "one.pilot", "two.pilot", "-o", "out");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(
            [
                "one.pilot(1,7): error PS0115: The pilot 'a_b' becomes the C# class ABMonitor, as the pilot 'AB' in two.pilot does: a site's build holding both monitors would fail; give the pilots names that differ in more than case and underscores.",
                "two.pilot(1,7): error PS0115: The pilot 'AB' becomes the C# class ABMonitor, as the pilot 'a_b' in one.pilot does: a site's build holding both monitors would fail; give the pilots names that differ in more than case and underscores.",
            ],
            result.StdOutLines);
        Assert.False(Directory.Exists(Path.Combine(_folder.Path, "out")));
    }

    [Fact]
    public void Warnings_build_but_not_with_warnaserror()
    {
        _folder.Write("spec.pilot", Specs.Warning);

        var plain = _folder.Pilotc("build", "spec.pilot", "-o", "plain");
        var strict = _folder.Pilotc("build", "spec.pilot", "-o", "strict", "--warnaserror");

        Assert.True(plain.ExitCode == 0, plain.ToString());
        Assert.Single(plain.StdOutLines, l => l.Contains("warning PS0201", StringComparison.Ordinal));
        Assert.True(Directory.Exists(Path.Combine(_folder.Path, "plain")));
        Assert.True(strict.ExitCode == 1, strict.ToString());
        Assert.Single(strict.StdOutLines, l => l.Contains("error PS0201", StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(_folder.Path, "strict")));
    }

    [Fact]
    public void Build_reports_in_every_format()
    {
        _folder.Write("bad.pilot", Specs.UndeclaredName);

        var json = _folder.Pilotc("build", "bad.pilot", "-o", "out", "--format", "json");
        var sarif = _folder.Pilotc("build", "bad.pilot", "-o", "out", "--format", "sarif", "--output", "build.sarif");

        Assert.True(json.ExitCode == 1, json.ToString());
        Assert.Equal("PS0102", System.Text.Json.JsonDocument.Parse(json.StdOut).RootElement[0].GetProperty("id").GetString());
        Assert.True(sarif.ExitCode == 1, sarif.ToString());
        Assert.Contains("\"ruleId\": \"PS0102\"", File.ReadAllText(Path.Combine(_folder.Path, "build.sarif")));
    }

    [Fact]
    public void An_output_folder_that_cannot_be_created_exits_2()
    {
        _folder.Write("reform.pilot", Specs.Scheduled);
        _folder.Write("blocker", "a file where the folder should be");

        var result = _folder.Pilotc("build", "reform.pilot", "-o", Path.Combine("blocker", "out"));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.StartsWith("pilotc: error: ", result.StdErr);
    }

    [Theory]
    [InlineData("build reform.pilot")]
    [InlineData("build -o out")]
    public void Missing_inputs_or_output_folder_are_usage_errors(string commandLine)
    {
        _folder.Write("reform.pilot", Specs.Scheduled);

        var result = _folder.Pilotc(commandLine.Split(' '));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("Run 'pilotc --help' for usage.", result.StdErr);
    }

    /// <summary>Only the two kinds of output, and only for the given pilots.</summary>
    private static void AssertOnlyOutputsOf(string folder, params string[] pilots)
    {
        var allowed = pilots.SelectMany(p => new[] { p + ".schedule.json", p + ".Monitor.g.cs" }).ToHashSet(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories))
        {
            var name = Path.GetFileName(file);
            Assert.True(allowed.Contains(name) && File.Exists(file), $"Unexpected output {file}");
            Assert.True(new FileInfo(file).Length > 0, $"{file} is empty.");
        }
    }
}
