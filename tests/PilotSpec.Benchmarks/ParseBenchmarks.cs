using BenchmarkDotNet.Attributes;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.Benchmarks;

/// <summary>
/// Warm parse at the sizes a person edits. The cold (first) parse in a process is timed by
/// `measure` (its "first" column): BenchmarkDotNet runs in-process here (see Program), so it
/// cannot give each measurement a fresh process with an empty DFA cache.
/// </summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    private string _text = null!;

    [Params(1_000, 10_000)]
    public int Lines { get; set; }

    [GlobalSetup]
    public void Setup() => _text = SpecGenerator.Generate(Lines);

    [Benchmark]
    public SyntaxTree ParseWarm() => SyntaxTree.ParseText(_text);
}
