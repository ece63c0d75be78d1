using System.Text;
using FsCheck.Fluent;
using PilotSpec.Benchmarks;
using PilotSpec.CodeAnalysis.Emit;
using PilotSpec.CodeAnalysis.Tests.TestSupport;
using PilotSpec.CodeAnalysis.Tests.TestSupport.Generators;

namespace PilotSpec.CodeAnalysis.Tests.Compilation;

/// <summary>
/// `pilotc check` and `pilotc build` agree: a spec that checks without errors builds, a spec
/// that builds checked without errors, and building never throws ("internal error"). Run on
/// every example, on generated specs, on the fuzz seeds and regressions, and on each of them
/// again with every line preceded by `// pilot-disable-next-line` (which silences warnings,
/// never errors).
/// </summary>
public sealed class CheckAgreesWithBuildTests
{
    public static TheoryData<string> Inputs
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var name in Examples.Names)
            {
                data.Add("examples/" + name);
            }

            foreach (var file in Files("fuzz", "seeds").Concat(Files("tests", "PilotSpec.CodeAnalysis.Tests", "Fuzzing", "Regressions")))
            {
                data.Add(file);
            }

            foreach (var seed in new[] { 1, 2, 3 })
            {
                data.Add("generated:" + seed);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Input_checks_clean_exactly_when_it_builds(string input)
    {
        AssertAgree(Read(input));
    }

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Silencing_every_line_does_not_make_a_spec_with_errors_build(string input)
    {
        var text = Read(input);
        var silenced = string.Concat(text.Split('\n').Select(line => "// pilot-disable-next-line\n" + line + "\n"));

        Assert.Equal(HasErrors(text), HasErrors(silenced)); // errors stay reported
        AssertAgree(silenced);
    }

    [Fact]
    public void Silenced_undeclared_name_is_still_an_error_and_is_not_built()
    {
        // The case: the comment made `check` clean and `build` crash.
        var text = Examples.Read("hello.pilot").Replace("require: wait_time <= 20 minutes", "// pilot-disable-next-line PS0102\n        require: wait_tme <= 20 minutes", StringComparison.Ordinal);

        var compilation = Specs.Compile(text);

        Assert.Equal("PS0102", Assert.Single(compilation.GetDiagnostics(), d => d.IsError).Id);
        Assert.False(compilation.Emit(new InMemoryOutputHost()).Success);
    }

    [Fact]
    public void Generated_valid_specs_check_clean_and_build()
    {
        foreach (var spec in ValidSpecs.Arbitrary.Generator.Sample(20, 40))
        {
            AssertAgree(spec);
        }
    }

    private static void AssertAgree(string text)
    {
        var compilation = Specs.Compile(text);
        var clean = !compilation.GetDiagnostics().Any(d => d.IsError) && compilation.Program.Pilot is not null;

        var result = compilation.Emit(new InMemoryOutputHost()); // never throws

        Assert.Equal(clean, result.Success);
    }

    private static bool HasErrors(string text) => Specs.Diagnose(text).Any(d => d.IsError);

    private static IEnumerable<string> Files(params string[] folder) =>
        Directory.EnumerateFiles(Repository.PathOf(folder), "*.pilot")
            .Order(StringComparer.Ordinal)
            .Select(path => string.Join("/", folder) + "/" + Path.GetFileName(path));

    private static string Read(string input) =>
        input.StartsWith("generated:", StringComparison.Ordinal)
            ? SpecGenerator.GenerateBlocks(3, int.Parse(input["generated:".Length..], System.Globalization.CultureInfo.InvariantCulture))
            : File.ReadAllText(Repository.PathOf(input.Split('/')), Encoding.UTF8);
}
