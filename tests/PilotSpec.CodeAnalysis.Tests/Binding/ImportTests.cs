using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.CodeAnalysis.Tests.TestSupport;
using Snapshooter.Xunit;

namespace PilotSpec.CodeAnalysis.Tests.Binding;

/// <summary>
/// Imports (PS0105, PS0106), through an in-memory <see cref="ISourceResolver"/>: files that
/// do not exist, circles of imports, and what an import makes known.
/// </summary>
public sealed class ImportTests
{
    private const string Indicators = """
        indicator satisfaction "Applicant satisfaction" {
            unit: percent
            better: higher
            baseline: 62% on 2019-12-31
            target: +10 points by 2020-12-31
            measured: quarterly from "applicant survey"
        }
        """;

    [Fact]
    public void Missing_import_is_reported_on_its_path()
    {
        var spec = CheckedSpec.Compile("""
            import "indicator.pilot"
            evaluation final at 2020-12-31 {
                require: true
                decide: scale_up when all met
                otherwise: adjust
            }
            """);

        spec.AssertSingle("PS0105", DiagnosticSeverity.Error, line: 1, column: 8, "The imported file 'indicator.pilot' was not found.");
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void Imported_declarations_are_known_to_the_importing_file()
    {
        var spec = CheckedSpec.Compile($$"""
            import "indicators.pilot"
            evaluation final at 2020-12-31 {
                require: satisfaction >= 72% at all sites
                decide: scale_up when all met
                otherwise: adjust
            }
            // file: indicators.pilot
            {{Indicators}}
            """);

        spec.AssertClean();
        Assert.Equal(["spec.pilot", "indicators.pilot"], spec.Compilation.SyntaxTrees.Select(t => t.FilePath));
        Assert.Single(spec.Compilation.Program.Indicators, i => i.Name == "satisfaction");
    }

    [Fact]
    public void Import_paths_are_relative_to_the_importing_file()
    {
        var spec = CheckedSpec.Compile($$"""
            import "catalogue/indicators.pilot"
            // file: catalogue/indicators.pilot
            import "../sites.pilot"
            {{Indicators}}
            // file: sites.pilot
            site Dongcheng "East district" { level: county }
            """);

        spec.AssertClean();
        Assert.Equal(["spec.pilot", "catalogue/indicators.pilot", "sites.pilot"], spec.Compilation.SyntaxTrees.Select(t => t.FilePath));
    }

    [Fact]
    public void Import_cycle_is_reported_once_where_it_closes()
    {
        var spec = CheckedSpec.Compile($$"""
            import "indicators.pilot"
            // file: indicators.pilot
            import "spec.pilot"
            {{Indicators}}
            """);

        var diagnostic = Assert.Single(spec.Diagnostics);
        Assert.Equal(
            ("PS0106", DiagnosticSeverity.Error, "indicators.pilot", 2, 8, "The imports form a cycle: spec.pilot → indicators.pilot → spec.pilot."),
            (diagnostic.Id, diagnostic.Severity, diagnostic.Location.FilePath, diagnostic.Location.LineSpan.Start.Line + 1, diagnostic.Location.LineSpan.Start.Character + 1, diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture)));
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void File_importing_itself_is_a_cycle()
    {
        var spec = CheckedSpec.Compile("""
            import "spec.pilot"
            site Dongcheng "East district" { level: county }
            """);

        spec.AssertSingle("PS0106", DiagnosticSeverity.Error, line: 1, column: 8, "The imports form a cycle: spec.pilot → spec.pilot.");
    }

    [Fact]
    public void Longer_cycle_is_named_in_full()
    {
        var diagnostics = Specs.Diagnose("""
            import "a.pilot"
            // file: a.pilot
            import "b.pilot"
            // file: b.pilot
            import "a.pilot"
            """);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(("PS0106", "b.pilot"), (diagnostic.Id, diagnostic.Location.FilePath));
        Assert.Equal("The imports form a cycle: a.pilot → b.pilot → a.pilot.", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Imports_going_one_way_are_accepted()
    {
        CheckedSpec.Compile($$"""
            import "indicators.pilot"
            // file: indicators.pilot
            {{Indicators}}
            """).AssertClean();
    }

    [Fact]
    public void File_imported_twice_is_read_once_and_reports_its_findings_once()
    {
        var files = new Dictionary<string, string>
        {
            ["a.pilot"] = "import \"shared.pilot\"\n",
            ["b.pilot"] = "import \"shared.pilot\"\n",
            ["shared.pilot"] = "indicator shared \"No target or source\" { unit: percent; baseline: 50% }\n",
        };
        var resolver = new InMemorySourceResolver(files);
        var main = SyntaxTree.ParseText("import \"a.pilot\"\nimport \"b.pilot\"\n", "spec.pilot");

        var diagnostics = PilotCompilation.Create([main], new CompilationOptions { SourceResolver = resolver }).GetDiagnostics();

        Assert.Equal(1, resolver.Reads.Count(path => path == "shared.pilot"));
        Assert.Equal(["PS0201", "PS0902"], diagnostics.Select(d => d.Id));
        Assert.All(diagnostics, d => Assert.Equal("shared.pilot", d.Location.FilePath));
    }

    [Fact]
    public void Name_declared_in_two_files_is_a_duplicate_in_the_second()
    {
        var diagnostics = Specs.Diagnose("""
            import "sites.pilot"
            site Dongcheng "East district" { level: county }
            // file: sites.pilot
            site Dongcheng "East district, from the catalogue" { level: county }
            """);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(("PS0100", "sites.pilot"), (diagnostic.Id, diagnostic.Location.FilePath));
    }

    [Fact]
    public void Empty_import_path_is_not_silently_ignored()
    {
        var spec = CheckedSpec.Compile("import \"\"\n");

        spec.AssertSingle("PS0105", DiagnosticSeverity.Error, line: 1, column: 8, "The imported file '' was not found.");
    }
}
