using Microsoft.CodeAnalysis;
using PilotSpec.Generator.Tests.TestSupport;

namespace PilotSpec.Generator.Tests;

/// <summary>
/// A project's .pilot files together: imports are answered from the listed files only, a
/// file that another imports is part of that spec, and each remaining spec is compiled on
/// its own into its own monitor.
/// </summary>
public sealed class SpecSetTests
{
    private const string Catalogue = """
        indicator wait "Waiting time" { unit: minutes; better: lower; baseline: 40 minutes on 2023-12-31; target: 20 minutes by 2024-12-31; measured: monthly from "queue system" }
        site A { level: county }
        """;

    private static string Pilot(string name, string import = "../shared/catalogue.pilot") => $$"""
        import "{{import}}"
        pilot {{name}} { owner: "o"; problem: "p"; start: 2024-01-01; end: 2024-12-31
            phase Run { start: 2024-01-01; duration: 3 months; in: A }
            evaluation final at end of Run { method: before_after; require: wait <= 20 minutes at A; decide: scale_up when all met; otherwise: adjust }
        }
        """;

    private static AdditionalText File(string path, string text) => new InMemoryAdditionalText(path, text);

    private static string Where(Diagnostic diagnostic)
    {
        var span = diagnostic.Location.GetLineSpan();
        return $"{diagnostic.Id} {span.Path}({span.StartLinePosition.Line + 1},{span.StartLinePosition.Character + 1})";
    }

    [Fact]
    public void An_imported_file_listed_beside_the_spec_is_part_of_it_not_a_spec_of_its_own()
    {
        var run = GeneratorRun.Run(File("/site/specs/main.pilot", Pilot("Main")), File("/site/shared/catalogue.pilot", Catalogue));

        Assert.Empty(run.GeneratorDiagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(Where));
        Assert.Equal("Main.Monitor.g.cs", Assert.Single(run.Sources).HintName);
        Assert.Contains("Wait", run.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void An_import_the_project_does_not_list_is_not_found_even_if_it_exists_on_disk()
    {
        var onDisk = Repository.PathOf("examples", "hello.pilot");
        var run = GeneratorRun.Run(File("/site/main.pilot", $"import \"{onDisk}\"\n" + Pilot("Main")));

        Assert.Contains("PS0105 /site/main.pilot(1,8)", run.GeneratorDiagnostics.Select(Where));
        Assert.Empty(run.Sources);
    }

    [Fact]
    public void Findings_in_an_imported_file_are_reported_there_once_however_many_specs_import_it()
    {
        var brokenCatalogue = Catalogue + "\nsite B { level: county; parent: Nowhere }\n";

        var run = GeneratorRun.Run(
            File("/site/specs/one.pilot", Pilot("One")),
            File("/site/specs/two.pilot", Pilot("Two")),
            File("/site/shared/catalogue.pilot", brokenCatalogue));

        var inCatalogue = run.GeneratorDiagnostics.Where(d => d.Location.GetLineSpan().Path == "/site/shared/catalogue.pilot").ToList();
        Assert.NotEmpty(inCatalogue);
        Assert.Equal(inCatalogue.Select(Where).Distinct(), inCatalogue.Select(Where));
        Assert.Contains(inCatalogue, d => Where(d).StartsWith("PS010", StringComparison.Ordinal) && d.Location.GetLineSpan().StartLinePosition.Line == 2);
    }

    [Fact]
    public void Two_specs_give_two_monitors()
    {
        var run = GeneratorRun.Run(
            File("/site/specs/one.pilot", Pilot("One")),
            File("/site/specs/two.pilot", Pilot("Two")),
            File("/site/shared/catalogue.pilot", Catalogue));

        Assert.Equal(["One.Monitor.g.cs", "Two.Monitor.g.cs"], run.Sources.Select(s => s.HintName).Order(StringComparer.Ordinal));
        Assert.Empty(run.CompilationProblems.Select(p => p.ToString()));
    }

    [Fact]
    public void Two_specs_of_one_pilot_name_are_PS0115_on_both_and_add_no_monitor()
    {
        var run = GeneratorRun.Run(
            File("/site/a/main.pilot", Pilot("Same", "../shared/catalogue.pilot")),
            File("/site/b/main.pilot", Pilot("Same", "../shared/catalogue.pilot")),
            File("/site/shared/catalogue.pilot", Catalogue));

        Assert.Equal(["PS0115 /site/a/main.pilot(2,7)", "PS0115 /site/b/main.pilot(2,7)"], run.GeneratorDiagnostics.Select(Where).Order(StringComparer.Ordinal));
        Assert.Empty(run.Sources);
        Assert.DoesNotContain(run.CompilationProblems, p => p.Id == "CS0101");
    }

    [Fact]
    public void Pilots_whose_names_become_one_CSharp_class_are_PS0115_naming_each_other_and_the_others_build()
    {
        // #20: `a_b` and `AB` are both ABMonitor; C# said CS0101 without naming a spec.
        var run = GeneratorRun.Run(
            File("/site/specs/one.pilot", Pilot("a_b")),
            File("/site/specs/two.pilot", Pilot("AB")),
            File("/site/specs/three.pilot", Pilot("Three")),
            File("/site/shared/catalogue.pilot", Catalogue));

        Assert.Equal(
            [
                "The pilot 'AB' becomes the C# class ABMonitor, as the pilot 'a_b' in one.pilot does: a site's build holding both monitors would fail; give the pilots names that differ in more than case and underscores.",
                "The pilot 'a_b' becomes the C# class ABMonitor, as the pilot 'AB' in two.pilot does: a site's build holding both monitors would fail; give the pilots names that differ in more than case and underscores.",
            ],
            run.GeneratorDiagnostics.Where(d => d.Id == "PS0115").Select(d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal));
        Assert.Equal(["Three.Monitor.g.cs"], run.Sources.Select(s => s.HintName));
        Assert.Empty(run.CompilationProblems.Select(p => p.ToString()));
    }

    [Fact]
    public void Files_that_import_each_other_are_still_checked()
    {
        var run = GeneratorRun.Run(
            File("/site/a.pilot", "import \"b.pilot\"\nsite A { level: county }\n"),
            File("/site/b.pilot", "import \"a.pilot\"\nsite B { level: county }\n"));

        Assert.Contains(run.GeneratorDiagnostics, d => d.Id == "PS0106");
    }

    [Fact]
    public void A_file_listed_twice_is_compiled_once()
    {
        var hello = Specs.Example("hello.pilot");

        var run = GeneratorRun.Run(File("/site/hello.pilot", hello), File("/site/./hello.pilot", hello));

        Assert.Equal("HelloPilot.Monitor.g.cs", Assert.Single(run.Sources).HintName);
    }
}
