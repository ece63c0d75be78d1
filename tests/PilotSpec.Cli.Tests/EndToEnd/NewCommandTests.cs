using PilotSpec.Cli.Tests.Infrastructure;

namespace PilotSpec.Cli.Tests.EndToEnd;

/// <summary>`pilotc new NAME`: a commented starter spec that the real compiler checks clean.</summary>
public sealed class NewCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("water-reform", "water-reform.pilot", "WaterReform")]
    [InlineData("东城区试点", "东城区试点.pilot", "东城区试点")]
    [InlineData("site.pilot", "site.pilot", "Site")]
    [InlineData("2024-plan", "2024-plan.pilot", "Pilot2024Plan")]
    public void The_starter_spec_checks_clean_builds_and_is_formatted(string name, string file, string pilot)
    {
        var created = _folder.Pilotc("new", name);
        var check = _folder.Pilotc("check", file, "--warnaserror");
        var format = _folder.Pilotc("format", "--check", file);
        var build = _folder.Pilotc("build", file, "-o", "out");

        Assert.True(created.ExitCode == 0, created.ToString());
        Assert.Equal([$"wrote {file}; check it with: pilotc check {file}"], created.StdOutLines);
        var text = File.ReadAllText(Path.Combine(_folder.Path, file));
        Assert.Contains($"pilot {pilot} \"", text);
        Assert.StartsWith("//", text);
        Assert.True(check.ExitCode == 0 && check.StdOut.Length == 0, check.ToString());
        Assert.True(format.ExitCode == 0, format.ToString());
        Assert.True(build.ExitCode == 0, build.ToString());
    }

    [Fact]
    public void The_starter_names_its_own_file_in_its_comment()
    {
        _folder.Pilotc("new", "water-reform");

        // The pilot is WaterReform; the file is water-reform.pilot, and that is what to check.
        Assert.Contains("//     pilotc check water-reform.pilot\n", File.ReadAllText(Path.Combine(_folder.Path, "water-reform.pilot")));
    }

    [Theory]
    [InlineData("--lang", "zh-Hans", "en_US.UTF-8")]
    [InlineData(null, null, "zh_CN.UTF-8")]
    public void In_Chinese_the_starter_is_Chinese_and_checks_clean(string? option, string? value, string uiLanguage)
    {
        string[] args = option is null ? ["new", "垃圾分类"] : ["new", "垃圾分类", option, value!];
        var created = Infrastructure.Pilotc.Run(_folder.Path, args, uiLanguage);
        var check = _folder.Pilotc("check", "垃圾分类.pilot", "--warnaserror");
        var format = _folder.Pilotc("format", "--check", "垃圾分类.pilot");
        var build = _folder.Pilotc("build", "垃圾分类.pilot", "-o", "out");

        Assert.True(created.ExitCode == 0, created.ToString());
        Assert.Equal(["已写入 垃圾分类.pilot；用以下命令检查：pilotc check 垃圾分类.pilot --lang zh-Hans"], created.StdOutLines);
        var text = File.ReadAllText(Path.Combine(_folder.Path, "垃圾分类.pilot"));
        Assert.Contains("pilot 垃圾分类 \"试点名称（给人看的标题）\" {", text);
        Assert.Contains("decide: 推广 when all met", text);
        Assert.Contains("//     pilotc check 垃圾分类.pilot --lang zh-Hans", text);
        Assert.True(check.ExitCode == 0 && check.StdOut.Length == 0, check.ToString());
        Assert.True(format.ExitCode == 0, format.ToString());
        Assert.True(build.ExitCode == 0, build.ToString());
    }

    [Fact]
    public void The_starter_spec_has_a_schedule()
    {
        _folder.Pilotc("new", "reform");

        var result = _folder.Pilotc("schedule", "reform.pilot", "--format", "mermaid");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("    section Trial", result.StdOutLines);
    }

    [Fact]
    public void An_existing_file_is_kept_unless_force_is_given()
    {
        var path = _folder.Write("reform.pilot", "// mine\n");

        var refused = _folder.Pilotc("new", "reform");
        Assert.Equal("// mine\n", File.ReadAllText(path));
        var forced = _folder.Pilotc("new", "reform", "--force");

        Assert.True(refused.ExitCode == 2, refused.ToString());
        Assert.Contains("reform.pilot: the file exists already; use --force to overwrite it.", refused.StdErr);
        Assert.True(forced.ExitCode == 0, forced.ToString());
        Assert.Contains("pilot Reform", File.ReadAllText(path));
    }

    [Fact]
    public void A_path_into_a_folder_that_does_not_exist_exits_2()
    {
        var result = _folder.Pilotc("new", Path.Combine("nowhere", "reform"));

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("does not exist", result.StdErr);
    }
}
