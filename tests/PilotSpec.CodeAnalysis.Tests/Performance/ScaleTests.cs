using PilotSpec.Benchmarks;
using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.CodeAnalysis.Syntax.Parsing;
using PilotSpec.CodeAnalysis.Tests.TestSupport;

namespace PilotSpec.CodeAnalysis.Tests.Performance;

/// <summary>
/// What the benchmarks rely on, checked without a clock: the generated specs are valid,
/// nothing falls back to the slow full-LL parse, and the work grows linearly with the input
/// (counted in allocated bytes, which do not depend on the machine's load).
/// </summary>
public sealed class ScaleTests
{
    [Theory]
    [InlineData(1_000)]
    [InlineData(10_000)]
    [InlineData(100_000)]
    public void Generated_specs_compile_without_errors(int lines)
    {
        var text = SpecGenerator.Generate(lines);
        var tree = SyntaxTree.ParseText(text, "generated.pilot");

        var errors = PilotCompilation.Create(new[] { tree }).GetDiagnostics().Where(d => d.IsError).ToList();

        Assert.Empty(errors);
        Assert.InRange(text.Count(c => c == '\n'), lines * 9 / 10, lines * 11 / 10);
        Assert.Contains("东城区", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Generator_is_deterministic() =>
        Assert.Equal(SpecGenerator.Generate(2_000), SpecGenerator.Generate(2_000));

    [Fact]
    public void No_example_or_generated_spec_needs_the_full_LL_parse()
    {
        var texts = Examples.Names.Select(Examples.Read)
            .Concat(new[] { SpecGenerator.Generate(1_000), SpecGenerator.Generate(10_000), SpecGenerator.Generate(5_000, seed: 7) });

        var fallbacks = texts.Count(text => SyntaxTree.ParseText(text, "generated.pilot", ParseStrategy.ReferenceOnly).UsedFullContextParse);

        Assert.Equal(0, fallbacks);
    }

    [Fact]
    public void Every_example_and_generated_spec_takes_the_hand_written_fast_path()
    {
        var texts = Examples.Names.Select(Examples.Read)
            .Concat(new[] { SpecGenerator.Generate(1_000), SpecGenerator.Generate(10_000), SpecGenerator.Generate(5_000, seed: 7) });

        var slow = texts.Count(text => !SyntaxTree.ParseText(text).UsedFastPath);

        Assert.Equal(0, slow);
    }

    [Fact]
    public void Parse_and_check_allocate_linearly_in_the_size_of_the_spec()
    {
        // Warm first: the first run allocates ANTLR's DFA cache and JIT data once.
        BytesPerLine(SpecGenerator.Generate(1_000));

        var small = BytesPerLineOfThreeRuns(SpecGenerator.Generate(2_000));
        var large = BytesPerLineOfThreeRuns(SpecGenerator.Generate(20_000));

        // 10x the input may cost at most 11x the work (the target of issue 10), so per line at most 1.1x.
        Assert.True(
            large.Min() <= small.Min() * 1.1,
            $"{large.Min():N0} bytes per line at 20k lines against {small.Min():N0} at 2k (runs: {string.Join(", ", large.Select(b => b.ToString("N0")))} against {string.Join(", ", small.Select(b => b.ToString("N0")))}).");
    }

    // Three runs, compared by their fewest: the lexer rents its token arrays from the shared
    // pool, which other tests running at the same time, and the pool's trimming at each full
    // collection, can leave without an array of the size needed, so one run may pay for a new one.
    private static double[] BytesPerLineOfThreeRuns(string text) =>
        Enumerable.Range(0, 3).Select(_ => BytesPerLine(text)).ToArray();

    private static double BytesPerLine(string text)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var tree = SyntaxTree.ParseText(text);
        var diagnostics = PilotCompilation.Create(new[] { tree }).GetDiagnostics();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Empty(diagnostics.Where(d => d.IsError));
        return allocated / (double)text.Count(c => c == '\n');
    }
}
