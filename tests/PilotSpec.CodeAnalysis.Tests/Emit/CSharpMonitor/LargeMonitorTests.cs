using System.Text.RegularExpressions;
using PilotSpec.Benchmarks;
using PilotSpec.CodeAnalysis.Emit.CSharpMonitor;
using PilotSpec.CodeAnalysis.Emit.PilotModel;
using PilotSyntaxTree = PilotSpec.CodeAnalysis.Syntax.SyntaxTree;

namespace PilotSpec.CodeAnalysis.Tests.Emit.CSharpMonitor;

/// <summary>
/// A national programme's monitor is built at every site (issue 19): its pilot model is in
/// literals of many lines each, not one literal per line; past
/// <see cref="MonitorWriter.LargePilotSites"/> sites its site table is data, not code, and its
/// model is deflated (as text it would pass the metadata's 16 MB for string literals).
/// </summary>
public sealed class LargeMonitorTests
{
    private static readonly Regex SiteProperty = new(@"public global::PilotSpec\.Monitoring\.Site \S+ => Spec\.", RegexOptions.CultureInvariant);
    private static readonly Regex SiteField = new(@"internal static readonly global::PilotSpec\.Monitoring\.Site ", RegexOptions.CultureInvariant);

    [Fact]
    public void Up_to_the_limit_every_site_has_a_property_and_a_field()
    {
        // 1,000 sites: 10 waves of 100, exactly the limit.
        var monitor = MonitorBuild.Emit(NationalSpecGenerator.Generate(MonitorWriter.LargePilotSites, 10), "national.pilot").Content;

        Assert.Equal(1000, SiteProperty.Matches(monitor).Count);
        Assert.Equal(1000, SiteField.Matches(monitor).Count);
    }

    [Fact]
    public void Past_the_limit_a_site_is_found_by_its_code_and_the_model_is_deflated()
    {
        // 1,001 sites (the last alone in an eleventh wave): no property, no field, every site in the model.
        var spec = NationalSpecGenerator.Generate(MonitorWriter.LargePilotSites + 1, 10);
        var source = MonitorBuild.Emit(spec, "national.pilot").Content;

        Assert.Empty(SiteProperty.Matches(source));
        Assert.Empty(SiteField.Matches(source));
        var assembly = MonitorBuild.Load(source);
        var parts = Member<string[]>(assembly, "DeflatedModel");
        Assert.Equal(ModelOf(spec), Inflate(parts));
        // Every part but the last is 4,096 base64 characters (3,072 bytes), so each decodes alone.
        Assert.All(parts[..^1], p => Assert.Equal(Base64LiteralsStream.LiteralLength, p.Length));
        var monitor = MonitorBuild.NewMonitor(assembly);
        Assert.Equal(1001, monitor.Definition.Sites.Count);
        // Site 1000 is 1000 % 8 = 0: the first county stem, 安.
        Assert.Equal("安县1000", monitor.Definition.FindSite("安县1000")?.Code);
    }

    [Fact]
    public void The_model_is_in_literals_of_many_lines_that_join_back_into_it()
    {
        var spec = NationalSpecGenerator.Generate(200, 10);
        var source = MonitorBuild.Emit(spec, "national.pilot").Content;
        var model = ModelOf(spec);

        var literals = Member<string[]>(MonitorBuild.Load(source), "ModelLines");

        Assert.Equal(model.TrimEnd('\n'), string.Join("\n", literals));
        // Every literal but the last is full: another line would have passed the length.
        var lines = model.Split('\n');
        Assert.All(literals[..^1], l => Assert.InRange(l.Length, LiteralLinesStream.ChunkLength - lines.Max(x => x.Length) - 1, LiteralLinesStream.ChunkLength));
        Assert.True(literals.Length <= (model.Length / (LiteralLinesStream.ChunkLength - lines.Max(x => x.Length) - 1)) + 1);
    }

    private static string ModelOf(string spec)
    {
        var compilation = PilotCompilation.Create([PilotSyntaxTree.ParseText(spec, "national.pilot")]);
        return PilotModelWriter.Write(compilation.Program.Pilot!, compilation.Program, compilation.Schedule);
    }

    private static string Inflate(string[] parts)
    {
        var bytes = parts.SelectMany(Convert.FromBase64String).ToArray();
        using var inflate = new System.IO.Compression.DeflateStream(new MemoryStream(bytes), System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(inflate);
        return reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
    }

    private static T Member<T>(System.Reflection.Assembly assembly, string field)
    {
        var spec = assembly.GetTypes().Single(t => t.Name == "Spec");
        return (T)spec.GetField(field, System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!.GetValue(null)!;
    }
}
