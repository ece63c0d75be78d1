using PilotSpec.Cli.Tests.Infrastructure;

namespace PilotSpec.Cli.Tests.EndToEnd;

public sealed class LanguageTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Lang_zh_Hans_prints_Chinese_messages()
    {
        _folder.Write("broken.pilot", Specs.MissingValue);

        var result = _folder.Pilotc("--lang", "zh-Hans", "check", "broken.pilot");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(["broken.pilot" + Specs.MissingValueMessageZh], result.StdOutLines);
    }

    [Fact]
    public void Lang_is_accepted_after_the_command_too()
    {
        _folder.Write("broken.pilot", Specs.MissingValue);

        var result = _folder.Pilotc("check", "broken.pilot", "--lang", "zh-Hans");

        Assert.Equal(["broken.pilot" + Specs.MissingValueMessageZh], result.StdOutLines);
    }

    [Fact]
    public void Lang_en_prints_English_even_on_a_Chinese_system()
    {
        _folder.Write("broken.pilot", Specs.MissingValue);

        var result = Pilotc.Run(_folder.Path, ["check", "broken.pilot", "--lang", "en"], uiLanguage: "zh_CN.UTF-8");

        Assert.Equal(["broken.pilot" + Specs.MissingValueMessage], result.StdOutLines);
    }

    [Fact]
    public void Without_lang_the_system_UI_language_is_used()
    {
        _folder.Write("broken.pilot", Specs.MissingValue);

        var result = Pilotc.Run(_folder.Path, ["check", "broken.pilot"], uiLanguage: "zh_CN.UTF-8");

        Assert.Equal(["broken.pilot" + Specs.MissingValueMessageZh], result.StdOutLines);
    }

    [Fact]
    public void The_Chinese_satellite_assembly_ships_next_to_pilotc()
    {
        var satellite = Path.Combine(Path.GetDirectoryName(Pilotc.DllPath)!, "zh-Hans", "PilotSpec.CodeAnalysis.resources.dll");

        Assert.True(File.Exists(satellite), satellite);
    }
}
