using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.Benchmarks;

/// <summary>
/// The first parse in a fresh process (JIT and ANTLR's empty DFA cache included), against
/// the same parse warm: what a one-shot `pilotc check` pays versus the language server.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, launchCount: 5, warmupCount: 0, iterationCount: 1, invocationCount: 1)]
public class ColdParseBenchmarks
{
    private string _text = null!;

    [Params(1_000, 10_000)]
    public int Lines { get; set; }

    [GlobalSetup]
    public void Setup() => _text = SpecGenerator.Generate(Lines);

    [Benchmark]
    public SyntaxTree ParseCold() => SyntaxTree.ParseText(_text);
}

/// <summary>The warm counterpart of <see cref="ColdParseBenchmarks"/>.</summary>
[MemoryDiagnoser]
public class WarmParseBenchmarks
{
    private string _text = null!;

    [Params(1_000, 10_000)]
    public int Lines { get; set; }

    [GlobalSetup]
    public void Setup() => _text = SpecGenerator.Generate(Lines);

    [Benchmark]
    public SyntaxTree ParseWarm() => SyntaxTree.ParseText(_text);
}
