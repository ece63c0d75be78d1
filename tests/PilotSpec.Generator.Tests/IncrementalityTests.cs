using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PilotSpec.Generator.Tests.TestSupport;
using Steps = PilotSpec.Generator.PilotMonitorGenerator.Steps;

namespace PilotSpec.Generator.Tests;

/// <summary>
/// The pilot compiler runs again only when a spec or the namespace changes: the steps' inputs
/// never include the C# compilation, so typing in a C# file leaves every step cached (the
/// driver's tracked steps show it), and a spec edit that changes no output changes no source.
/// </summary>
public sealed class IncrementalityTests
{
    private static readonly AdditionalText Hello = GeneratorRun.Spec("hello.pilot", Specs.Example("hello.pilot"));

    private static GeneratorRun FirstRun(CSharpCompilation site) => GeneratorRun.Run(GeneratorRun.CreateDriver([Hello]), site);

    private static IEnumerable<IncrementalStepRunReason> Reasons(GeneratorRun run, string step) =>
        run.Result.TrackedSteps[step].SelectMany(s => s.Outputs).Select(o => o.Reason);

    private static IEnumerable<IncrementalStepRunReason> SourceOutputReasons(GeneratorRun run) =>
        run.Result.TrackedOutputSteps.SelectMany(p => p.Value).SelectMany(s => s.Outputs).Select(o => o.Reason);

    [Fact]
    public void Adding_a_CSharp_file_runs_no_pilot_step_again()
    {
        var site = GeneratorRun.Site("class Program { }");
        var first = FirstRun(site);

        var second = GeneratorRun.Run(first.Driver, site.AddSyntaxTrees(CSharpSyntaxTree.ParseText("class Added { }")));

        foreach (var step in new[] { Steps.SpecFiles, Steps.MonitorNamespace, Steps.Compile })
        {
            Assert.All(Reasons(second, step), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        }

        Assert.All(SourceOutputReasons(second), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        Assert.Equal(first.Source, second.Source);
    }

    [Fact]
    public void Editing_a_CSharp_file_runs_no_pilot_step_again()
    {
        var site = GeneratorRun.Site("class Program { }");
        var first = FirstRun(site);
        var edited = site.ReplaceSyntaxTree(site.SyntaxTrees.Single(), CSharpSyntaxTree.ParseText("class Program { int x; }", path: site.SyntaxTrees.Single().FilePath));

        var second = GeneratorRun.Run(first.Driver, edited);

        Assert.All(Reasons(second, Steps.Compile), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
    }

    [Fact]
    public void A_spec_edit_that_changes_no_output_changes_no_source()
    {
        var site = GeneratorRun.Site();
        var first = FirstRun(site);
        var commented = GeneratorRun.Spec("hello.pilot", Specs.Example("hello.pilot") + "\n// a comment changes nothing the compiler makes\n");

        var second = GeneratorRun.Run(first.Driver.ReplaceAdditionalText(Hello, commented), site);

        Assert.Contains(IncrementalStepRunReason.Modified, Reasons(second, Steps.SpecFiles));
        Assert.All(Reasons(second, Steps.Compile), reason => Assert.Equal(IncrementalStepRunReason.Unchanged, reason));
        Assert.All(SourceOutputReasons(second), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
    }

    [Fact]
    public void A_spec_edit_that_changes_the_monitor_regenerates_it()
    {
        var site = GeneratorRun.Site();
        var first = FirstRun(site);
        var retitled = GeneratorRun.Spec("hello.pilot", Specs.Example("hello.pilot").Replace("Riverside District service hall", "Riverside hall", StringComparison.Ordinal));

        var second = GeneratorRun.Run(first.Driver.ReplaceAdditionalText(Hello, retitled), site);

        Assert.All(Reasons(second, Steps.Compile), reason => Assert.Equal(IncrementalStepRunReason.Modified, reason));
        Assert.Contains("Riverside hall", second.Source, StringComparison.Ordinal);
        Assert.DoesNotContain("Riverside District service hall", second.Source, StringComparison.Ordinal);
    }
}
