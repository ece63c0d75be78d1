using System.Collections.Generic;
using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Emit;
using PilotSpec.CodeAnalysis.Scheduling;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.Benchmarks;

/// <summary>Every stage at 1k, 10k and 100k lines of generated spec (warm: after BenchmarkDotNet's warm-up).</summary>
[MemoryDiagnoser]
public class CompilerBenchmarks
{
    private Stages _stages = null!;

    [Params(1_000, 10_000, 100_000)]
    public int Lines { get; set; }

    [GlobalSetup]
    public void Setup() => _stages = new Stages(SpecGenerator.Generate(Lines));

    [Benchmark]
    public int Lex() => Stages.Lex(_stages.Text);

    [Benchmark]
    public SyntaxTree Parse() => Stages.Parse(_stages.Text);

    [Benchmark]
    public SyntaxTree ReferenceParse() => Stages.ReferenceParse(_stages.Text);

    [Benchmark]
    public BoundProgram Bind() => _stages.Bind();

    [Benchmark]
    public ImmutableArray<Diagnostic> BindAndCheck() => _stages.BindAndCheck();

    [Benchmark]
    public PilotSchedule Schedule() => _stages.ResolveSchedule();

    [Benchmark]
    public int EmitJson() => _stages.EmitJson();

    [Benchmark]
    public int EmitCSharp() => _stages.EmitCSharp();
}
