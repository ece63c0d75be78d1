using PilotSpec.Cli.Tests.Infrastructure;

namespace PilotSpec.Cli.Tests.EndToEnd;

/// <summary>`check` runs the whole compiler: names, units, schedule, rules, configuration, imports.</summary>
public sealed class SemanticCheckTests : IDisposable
{
    private const string Header = "pilot P \"t\" {\n    owner: \"o\"; problem: \"p\"; start: 2019-01-01\n";

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void An_undeclared_name_is_an_error_with_a_suggestion_at_the_name()
    {
        _folder.Write("spec.pilot", Header + "    site 东城区 { level: county }\n    wave first = [东城]\n    phase Launch { start: 2019-01-01; duration: 3 months; in: first }\n}\n");

        var result = _folder.Pilotc("check", "spec.pilot", "--lang", "en");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(["spec.pilot(4,19): error PS0102: '东城' is not declared; did you mean '东城区'?"], result.StdOutLines);
    }

    [Fact]
    public void A_warning_exits_0_and_fails_with_warnaserror()
    {
        _folder.Write("spec.pilot", Header + "    indicator rate { unit: percent; better: higher; baseline: 50% on 2018-12-31; measured: monthly from \"s\" }\n}\n");

        var plain = _folder.Pilotc("check", "spec.pilot", "--lang", "en");
        var strict = _folder.Pilotc("check", "spec.pilot", "--lang", "en", "--warnaserror");

        Assert.True(plain.ExitCode == 0, plain.ToString());
        Assert.Equal(["spec.pilot(3,15): warning PS0201: The indicator 'rate' has no target; say what value the pilot aims for and by when."], plain.StdOutLines);
        Assert.True(strict.ExitCode == 1, strict.ToString());
        Assert.StartsWith("spec.pilot(3,15): error PS0201:", strict.StdOutLines.Single(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_nearest_pilotspec_json_sets_severities()
    {
        _folder.Write("pilotspec.json", "{ \"diagnostics\": { \"PS0201\": \"none\" } }");
        _folder.Write(Path.Combine("specs", "spec.pilot"), Header + "    indicator rate { unit: percent; better: higher; baseline: 50% on 2018-12-31; measured: monthly from \"s\" }\n}\n");

        var result = _folder.Pilotc("check", "specs", "--lang", "en");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.StdOut);
    }

    [Fact]
    public void An_invalid_configuration_is_a_warning_and_checking_goes_on()
    {
        _folder.Write("pilotspec.json", "{ \"diagnostics\": { \"PS0201\": \"loud\" } }");
        _folder.Write("spec.pilot", Specs.MissingValue);

        var result = _folder.Pilotc("check", "spec.pilot", "--lang", "en");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Contains(result.StdOutLines, l => l.Contains("warning PS0020", StringComparison.Ordinal) && l.Contains("pilotspec.json", StringComparison.Ordinal));
        Assert.Contains(result.StdOutLines, l => l == "spec.pilot" + Specs.MissingValueMessage);
    }

    [Fact]
    public void A_missing_import_is_reported_at_the_import()
    {
        _folder.Write("spec.pilot", "import \"catalogue.pilot\"\n" + Specs.Clean);

        var result = _folder.Pilotc("check", "spec.pilot", "--lang", "en");

        Assert.True(result.ExitCode == 1, result.ToString());
        Assert.Equal(["spec.pilot(1,8): error PS0105: The imported file 'catalogue.pilot' was not found."], result.StdOutLines);
    }

    [Fact]
    public void Names_from_an_imported_catalogue_resolve()
    {
        _folder.Write("catalogue.pilot", "site 东城区 \"East district\" { level: county }\n");
        _folder.Write("spec.pilot", "import \"catalogue.pilot\"\n" + Header + "    wave first = [东城区]\n    phase Launch { start: 2019-01-01; duration: 3 months; in: first }\n}\n");

        var result = _folder.Pilotc("check", "spec.pilot", "--lang", "en");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal("", result.StdOut);
    }
}
