using BenchmarkDotNet.Attributes;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.Benchmarks;

/// <summary>
/// Warm parse at every size: the hand-written fast path (what every file without syntax
/// errors gets) and the ANTLR reference path (what a file with errors gets). The cold (first)
/// parse in a process is timed by `measure` (its "first" column): BenchmarkDotNet runs
/// in-process here (see Program), so it cannot give each measurement a fresh process.
/// </summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private string _text = null!;

    [Params(1_000, 10_000, 100_000)]
    public int Lines { get; set; }

    [GlobalSetup]
    public void Setup() => _text = SpecGenerator.Generate(Lines);

    [Benchmark(Baseline = true)]
    public SyntaxTree ParseWarm() => Stages.Parse(_text);

    [Benchmark]
    public SyntaxTree ReferenceParseWarm() => Stages.ReferenceParse(_text);

    [Benchmark]
    public int LexWarm() => Stages.Lex(_text);
}
