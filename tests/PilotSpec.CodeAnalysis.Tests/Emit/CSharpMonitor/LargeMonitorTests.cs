using System.Text.RegularExpressions;
using PilotSpec.Benchmarks;
using PilotSpec.CodeAnalysis.Emit.CSharpMonitor;
using PilotSpec.CodeAnalysis.Emit.PilotModel;
using PilotSyntaxTree = PilotSpec.CodeAnalysis.Syntax.SyntaxTree;

namespace PilotSpec.CodeAnalysis.Tests.Emit.CSharpMonitor;

/// <summary>
/// A national programme's monitor is built at every site (issue 19): its site table is data,
/// not code, past <see cref="MonitorWriter.MaxSiteProperties"/> sites, and its pilot model is
/// in literals of many lines each, not one literal per line.
/// </summary>
public sealed class LargeMonitorTests
{
    private static readonly Regex SiteProperty = new(@"public global::PilotSpec\.Monitoring\.Site \S+ => Spec\.", RegexOptions.CultureInvariant);
    private static readonly Regex SiteField = new(@"internal static readonly global::PilotSpec\.Monitoring\.Site ", RegexOptions.CultureInvariant);

    [Fact]
    public void Up_to_the_limit_every_site_has_a_property_and_a_field()
    {
        // 1,000 sites: 10 waves of 100, exactly the limit.
        var monitor = MonitorBuild.Emit(NationalSpecGenerator.Generate(MonitorWriter.MaxSiteProperties, 10), "national.pilot").Content;

        Assert.Equal(1000, SiteProperty.Matches(monitor).Count);
        Assert.Equal(1000, SiteField.Matches(monitor).Count);
    }

    [Fact]
    public void Past_the_limit_a_site_is_found_by_its_code()
    {
        // 1,001 sites (the last alone in an eleventh wave): no property, no field, every site in the model.
        var source = MonitorBuild.Emit(NationalSpecGenerator.Generate(MonitorWriter.MaxSiteProperties + 1, 10), "national.pilot").Content;

        Assert.Empty(SiteProperty.Matches(source));
        Assert.Empty(SiteField.Matches(source));
        var monitor = MonitorBuild.NewMonitor(MonitorBuild.Load(source));
        Assert.Equal(1001, monitor.Definition.Sites.Count);
        // Site 1000 is 1000 % 8 = 0: the first county stem, 安.
        Assert.Equal("安县1000", monitor.Definition.FindSite("安县1000")?.Code);
    }

    [Fact]
    public void The_model_is_in_literals_of_many_lines_that_join_back_into_it()
    {
        var spec = NationalSpecGenerator.Generate(200, 10);
        var source = MonitorBuild.Emit(spec, "national.pilot").Content;
        var compilation = PilotCompilation.Create([PilotSyntaxTree.ParseText(spec, "national.pilot")]);
        var model = PilotModelWriter.Write(compilation.Program.Pilot!, compilation.Program, compilation.Schedule);

        var literals = Member<string[]>(MonitorBuild.Load(source), "ModelLines");

        Assert.Equal(model.TrimEnd('\n'), string.Join("\n", literals));
        // Every literal but the last is full: another line would have passed the length.
        var lines = model.Split('\n');
        Assert.All(literals[..^1], l => Assert.InRange(l.Length, LiteralLinesStream.ChunkLength - lines.Max(x => x.Length) - 1, LiteralLinesStream.ChunkLength));
        Assert.True(literals.Length <= (model.Length / (LiteralLinesStream.ChunkLength - lines.Max(x => x.Length) - 1)) + 1);
    }

    private static T Member<T>(System.Reflection.Assembly assembly, string field)
    {
        var spec = assembly.GetTypes().Single(t => t.Name == "Spec");
        return (T)spec.GetField(field, System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.GetValue(null)!;
    }
}
