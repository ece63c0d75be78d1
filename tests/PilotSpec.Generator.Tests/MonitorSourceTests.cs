using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using PilotSpec.CodeAnalysis;
using PilotSpec.CodeAnalysis.Emit;
using PilotSpec.CodeAnalysis.Emit.CSharpMonitor;
using PilotSpec.Generator.Tests.TestSupport;
using Snapshooter.Xunit;
using PilotSyntaxTree = PilotSpec.CodeAnalysis.Syntax.SyntaxTree;

namespace PilotSpec.Generator.Tests;

/// <summary>What the generator adds to a site's compilation: the monitor pilotc would write, usable from the site's code.</summary>
public sealed class MonitorSourceTests
{
    private const string PolicingSiteCode = """
        using System;
        using PilotSpec.Monitors;

        public static class Reporting
        {
            public static string Run()
            {
                var monitor = new PolicingReformMonitor();
                monitor.Indicators.ClearanceRate.At(monitor.Sites.东城区).Record(new DateTime(2020, 12, 31), 78m);
                return monitor.Evaluations.Final.EvaluateAsScheduled().ToString();
            }
        }
        """;

    private static GeneratorRun RunPolicing(params string[] siteSources) =>
        GeneratorRun.Run([GeneratorRun.Spec("policing-reform.pilot", Specs.Example("policing-reform.pilot"))], GeneratorRun.Site(siteSources));

    [Fact]
    public void The_policing_example_becomes_its_monitor_source()
    {
        var run = RunPolicing();

        var source = Assert.Single(run.Sources);
        Assert.Equal("PolicingReform.Monitor.g.cs", source.HintName);
        Assert.Empty(run.GeneratorDiagnostics);
        Snapshot.Match(source.SourceText.ToString(), "policing-reform.generated");
    }

    [Fact]
    public void The_generated_source_is_exactly_what_pilotc_emits()
    {
        var text = Specs.Example("policing-reform.pilot");
        var compilation = PilotCompilation.Create([PilotSyntaxTree.ParseText(text, GeneratorRun.SitePath("policing-reform.pilot"))]);
        var host = new InMemoryOutputHost();
        Assert.True(compilation.Emit(host, ImmutableArray.Create<IEmitter>(new CSharpMonitorEmitter())).Success);

        Assert.Equal(host.Files["PolicingReform.Monitor.g.cs"], RunPolicing().Source);
    }

    [Fact]
    public void Site_code_compiles_against_the_typed_members_without_a_warning()
    {
        var run = RunPolicing(PolicingSiteCode);

        Assert.Empty(run.CompilationProblems.Select(p => p.ToString()));
    }

    [Fact]
    public void A_misspelt_district_in_site_code_is_a_compile_error()
    {
        var run = RunPolicing(PolicingSiteCode.Replace("monitor.Sites.东城区", "monitor.Sites.东城", StringComparison.Ordinal));

        var error = Assert.Single(run.CompilationProblems);
        Assert.Equal("CS1061", error.Id);
        Assert.Contains("东城", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var path in Directory.EnumerateFiles(Repository.PathOf("examples"), "*.pilot").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_example_gives_one_monitor_that_compiles_cleanly(string example)
    {
        var run = GeneratorRun.Run(GeneratorRun.Spec(example, Specs.Example(example)));

        Assert.DoesNotContain(run.GeneratorDiagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.EndsWith(".Monitor.g.cs", Assert.Single(run.Sources).HintName, StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems.Select(p => p.ToString()));
    }

    [Fact]
    public void A_project_without_specs_gets_nothing()
    {
        var run = GeneratorRun.Run(new Microsoft.CodeAnalysis.AdditionalText[] { new InMemoryAdditionalText("/site/notes.txt", Specs.Example("hello.pilot")) }, GeneratorRun.Site("class C { }"));

        Assert.Empty(run.Sources);
        Assert.Empty(run.GeneratorDiagnostics);
    }

    [Fact]
    public void The_extension_is_matched_whatever_its_case()
    {
        var run = GeneratorRun.Run(GeneratorRun.Spec("HELLO.PILOT", Specs.Example("hello.pilot")));

        Assert.Equal("HelloPilot.Monitor.g.cs", Assert.Single(run.Sources).HintName);
    }
}
