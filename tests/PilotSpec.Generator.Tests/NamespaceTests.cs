using Microsoft.CodeAnalysis;
using PilotSpec.Generator.Tests.TestSupport;

namespace PilotSpec.Generator.Tests;

/// <summary>The &lt;PilotSpecNamespace&gt; property: where the monitors go.</summary>
public sealed class NamespaceTests
{
    private static GeneratorRun Run(string? @namespace, params string[] siteSources)
    {
        var properties = @namespace is null ? null : new Dictionary<string, string> { ["PilotSpecNamespace"] = @namespace };
        return GeneratorRun.Run([GeneratorRun.Spec("hello.pilot", Specs.Example("hello.pilot"))], GeneratorRun.Site(siteSources), properties);
    }

    [Fact]
    public void Without_the_property_monitors_are_in_PilotSpec_Monitors()
    {
        Assert.Contains("namespace PilotSpec.Monitors\n", Run(null).Source, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void An_empty_property_means_the_default(string value)
    {
        Assert.Contains("namespace PilotSpec.Monitors\n", Run(value).Source, StringComparison.Ordinal);
    }

    [Fact]
    public void The_property_names_the_namespace_and_site_code_finds_the_monitor_there()
    {
        var run = Run("Riverside.Pilots", "class Use { Riverside.Pilots.HelloPilotMonitor M = new(); }");

        Assert.Contains("namespace Riverside.Pilots\n", run.Source, StringComparison.Ordinal);
        Assert.Empty(run.CompilationProblems.Where(p => p.Severity == DiagnosticSeverity.Error).Select(p => p.ToString()));
    }

    [Theory]
    [InlineData("Riverside Pilots")]
    [InlineData("Riverside..Pilots")]
    [InlineData("class")]
    [InlineData("1Pilots")]
    public void A_name_that_is_no_namespace_is_an_error_and_nothing_is_generated(string value)
    {
        var run = Run(value);

        var error = Assert.Single(run.GeneratorDiagnostics);
        Assert.Equal("PSG0001", error.Id);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Contains($"'{value}'", error.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Empty(run.Sources);
    }
}
