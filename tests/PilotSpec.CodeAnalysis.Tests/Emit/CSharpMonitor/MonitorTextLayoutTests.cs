using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PilotSpec.Benchmarks;
using PilotSpec.CodeAnalysis.Emit.CSharpMonitor;
using PilotSpec.CodeAnalysis.Tests.TestSupport.Generators;

namespace PilotSpec.CodeAnalysis.Tests.Emit.CSharpMonitor;

/// <summary>
/// MonitorWriter writes the monitor in its final layout instead of having Roslyn normalize it
/// (which cost most of the emit). The layout must be exactly what NormalizeWhitespace followed
/// by MonitorLayout makes of it: the text is their fixed point, for every example, generated
/// valid specs (hostile texts, Chinese and keyword names, empty lists), and a spec with every
/// list long enough to be normalized window by window.
/// </summary>
public sealed class MonitorTextLayoutTests
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp8, DocumentationMode.Diagnose);

    public static TheoryData<string> Examples => TestSupport.Examples.All;

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_monitor_is_written_as_Roslyn_lays_it_out(string example)
    {
        var source = MonitorBuild.Emit(TestSupport.Examples.Read(example)).Content;

        Assert.Equal(WholeTreeNormalized(source), source);
    }

    [Property(MaxTest = 60)]
    public Property Generated_spec_monitor_is_written_as_Roslyn_lays_it_out() =>
        Prop.ForAll(ValidSpecs.Arbitrary, spec =>
        {
            var source = MonitorBuild.Emit(spec).Content;
            Assert.Equal(WholeTreeNormalized(source), source);
        });

    [Fact]
    public void A_monitor_with_lists_of_thousands_is_written_as_Roslyn_lays_it_out()
    {
        // 70 region blocks: 1,120 sites, more than WindowedNormalizer.DefaultLongList.
        var source = MonitorBuild.Emit(SpecGenerator.GenerateBlocks(70), "generated.pilot").Content;
        var root = CSharpSyntaxTree.ParseText(source, ParseOptions).GetRoot();

        Assert.Equal(WindowedNormalizer.Normalize(root) + "\n", source);
    }

    [Fact]
    public void Empty_lists_and_XML_escapes_in_a_row_are_written_as_Roslyn_lays_them_out()
    {
        const string Spec = """
            pilot Empty "Nothing <<monitored>> && <x/>&" {
                start: 2020-01-01
                end: 2020-12-31
                indicator rate "A rate" {
                    unit: percent
                    better: higher
                    baseline: 60% on 2019-12-31
                    target: 70% by 2020-12-31
                    measured: monthly from "register"
                }
                site A "<a>&<b> &amp; >>" { level: county }
                phase Trial { start: 2020-01-01; duration: 12 months; in: all sites }
                alert quiet "An alert over one named site" { when: rate < 40% at A; notify: owner }
            }
            """;
        var source = MonitorBuild.Emit(Spec).Content;

        Assert.Equal(WholeTreeNormalized(source), source);
        // The model's empty list, inside the literal that joins its lines.
        Assert.Contains("\\n  \\\"evaluations\\\": [],\\n", source, StringComparison.Ordinal);
    }

    // What the emitter wrote before writing the layout itself: Roslyn's normalization of the whole tree.
    private static string WholeTreeNormalized(string source)
    {
        var root = CSharpSyntaxTree.ParseText(source, ParseOptions).GetRoot();
        return new MonitorLayout().Visit(root.NormalizeWhitespace(indentation: "    ", eol: "\n"))!.ToFullString() + "\n";
    }
}
