using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PilotSpec.CodeAnalysis.Emit.CSharpMonitor;
using PilotSpec.CodeAnalysis.Tests.TestSupport;
using PilotSpec.CodeAnalysis.Tests.TestSupport.Generators;
using PilotSyntaxTree = PilotSpec.CodeAnalysis.Syntax.SyntaxTree;

namespace PilotSpec.CodeAnalysis.Tests.Emit.CSharpMonitor;

/// <summary>
/// The windowed normalizer must write exactly what Roslyn's NormalizeWhitespace over the whole
/// tree followed by MonitorLayout writes. Tiny chunk sizes make nearly every list "long", so
/// the windows, stubs and splices run on every list of every monitor, not only on big specs.
/// </summary>
public sealed class WindowedNormalizerTests
{
    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp8, DocumentationMode.Diagnose);

    public static TheoryData<string, int> ExamplesAndChunkSizes
    {
        get
        {
            var data = new TheoryData<string, int>();
            foreach (var example in TestSupport.Examples.Names)
            {
                foreach (var chunkSize in new[] { 1, 2, 3, 7 })
                {
                    data.Add(example, chunkSize);
                }
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(ExamplesAndChunkSizes))]
    public void Example_monitor_is_normalized_as_by_the_whole_tree(string example, int chunkSize)
    {
        var root = MonitorSyntax(TestSupport.Examples.Read(example));

        Assert.Equal(WholeTree(root), WindowedNormalizer.Normalize(root, chunkSize, longList: chunkSize));
    }

    [Property(MaxTest = 40)]
    public Property Generated_spec_monitor_is_normalized_as_by_the_whole_tree() =>
        Prop.ForAll(ValidSpecs.Arbitrary, Gen.Choose(1, 4).ToArbitrary(), (spec, chunkSize) =>
        {
            var root = MonitorSyntax(spec);
            Assert.Equal(WholeTree(root), WindowedNormalizer.Normalize(root, chunkSize, longList: chunkSize));
        });

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Csharp_beyond_the_monitor_shapes_is_normalized_as_by_the_whole_tree(int chunkSize)
    {
        // Lists the monitor does not write today (usings, enums, switch sections, parameters,
        // accessors, nested blocks), so that a change of MonitorWriter stays covered.
        const string Source = """
            using System; using System.Linq;
            namespace N { enum E { A, B, C, }
            /// <summary>Doc</summary>
            class C<T> : System.Object where T : class { private int a, b, c;
            int P { get; set; } = 1; int Q { get { return 1; } }
            void M(int x, int y, int z) { switch (x) { case 1: case 2: y++; break; default: { z++; z--; } break; }
            if (x > 0) { var l = new[] { 1, 2, 3 }; } else if (y > 0) { } else { x = y switch { 1 => 2, _ => 3 }; }
            var o = new { A = 1, B = 2 }; System.Func<int, int> f = q => { return q + 1; }; } } }
            """;
        var root = CSharpSyntaxTree.ParseText(Source, ParseOptions).GetRoot();

        Assert.Equal(WholeTree(root), WindowedNormalizer.Normalize(root, chunkSize, longList: chunkSize));
    }

    // What the emitter did before the windows: quadratic in the longest list, the reference.
    private static string WholeTree(SyntaxNode root) =>
        new MonitorLayout().Visit(root.NormalizeWhitespace(indentation: "    ", eol: "\n"))!.ToFullString();

    private static SyntaxNode MonitorSyntax(string spec)
    {
        var compilation = PilotCompilation.Create([PilotSyntaxTree.ParseText(spec, "spec.pilot")]);
        var pilot = compilation.Program.Pilot ?? throw new InvalidOperationException("The spec declares no pilot.");
        var source = new MonitorWriter(pilot, compilation.Program, compilation.Schedule, CSharpMonitorEmitter.DefaultNamespace).Write();
        return CSharpSyntaxTree.ParseText(source, ParseOptions).GetRoot();
    }
}
