using PilotSpec.CodeAnalysis.Tests.TestSupport;

namespace PilotSpec.CodeAnalysis.Tests.Emit.CSharpMonitor;

/// <summary>The point of a typed monitor: a site's code that misspells a site or an indicator does not build.</summary>
public sealed class TypedMembersTests
{
    private static readonly Lazy<string> Policing = new(() =>
        MonitorBuild.Emit(Examples.Read("policing-reform.pilot"), Repository.PathOf("examples", "policing-reform.pilot")).Content);

    private static string SiteCode(string site, string indicator) => $$"""
        using System;
        using PilotSpec.Monitors;

        internal static class SiteSystem
        {
            public static PilotSpec.Monitoring.Decision? Report()
            {
                var monitor = new PolicingReformMonitor();
                monitor.Indicators.{{indicator}}.At(monitor.Sites.{{site}}).Record(new DateTime(2020, 12, 31), 78m);
                return monitor.Evaluations.Final.Evaluate(new DateTime(2021, 2, 1)).Decision;
            }
        }
        """;

    [Fact]
    public void Site_code_using_the_generated_members_builds()
    {
        var (_, problems) = MonitorBuild.Compile(Policing.Value, userSources: SiteCode("东城区", "ClearanceRate"));

        Assert.Empty(problems.Select(p => p.ToString()));
    }

    [Theory]
    [InlineData("东城", "ClearanceRate")]
    [InlineData("东城区", "ClearenceRate")]
    public void A_misspelt_site_or_indicator_is_a_compile_error(string site, string indicator)
    {
        var (_, problems) = MonitorBuild.Compile(Policing.Value, userSources: SiteCode(site, indicator));

        var error = Assert.Single(problems);
        Assert.Equal("CS1061", error.Id);
        Assert.Equal("User0.cs", error.Location.SourceTree?.FilePath);
    }

    [Fact]
    public void The_namespace_is_configurable_and_checked()
    {
        var file = MonitorBuild.Emit(Examples.Read("hello.pilot"), Repository.PathOf("examples", "hello.pilot"), "Acme.Pilots.V2");

        Assert.Contains("namespace Acme.Pilots.V2\n", file.Content, StringComparison.Ordinal);
        Assert.Empty(MonitorBuild.Compile(file.Content).Problems);
        Assert.Throws<ArgumentException>(() => new CodeAnalysis.Emit.CSharpMonitor.CSharpMonitorEmitter("Acme.class"));
        Assert.Throws<ArgumentException>(() => new CodeAnalysis.Emit.CSharpMonitor.CSharpMonitorEmitter("Acme;System"));
        Assert.Throws<ArgumentException>(() => new CodeAnalysis.Emit.CSharpMonitor.CSharpMonitorEmitter(""));
    }

    [Fact]
    public void A_pilot_with_nothing_declared_still_builds_a_monitor()
    {
        var file = MonitorBuild.Emit("pilot Empty \"Nothing yet\" { }");

        Assert.Equal("Empty.Monitor.g.cs", file.FileName);
        Assert.Empty(MonitorBuild.Compile(file.Content).Problems.Select(p => p.ToString()));
        var monitor = MonitorBuild.NewMonitor(MonitorBuild.Load(file.Content));
        Assert.Empty(monitor.Definition.Sites);
        Assert.Empty(monitor.CheckAlerts(new DateTime(2021, 1, 1)));
    }
}
