using System.Diagnostics;
using System.Globalization;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.Fuzz;

/// <summary>
/// Times each pathological input through the whole fuzz pipeline: the first run (cold: JIT,
/// ANTLR's DFA cache) and the best of the warm runs, as process CPU time, which a busy
/// machine disturbs less than wall time, with the bytes allocated by the run. The parse
/// alone is timed too, to tell the syntax layer's share from the rest of the pipeline (which
/// parses twice: the input and its formatted text).
/// </summary>
internal static class PathologicalTimer
{
    public static void Run(int repeat, TextWriter output)
    {
        output.WriteLine($"{"input",-40} {"chars",10} {"first CPU ms",13} {"best CPU ms",12} {"best wall ms",13} {"MB allocated",13} {"parse CPU ms",13}");
        foreach (var (name, text) in PathologicalInputs.All)
        {
            var first = Measure(() => FuzzPipeline.Run(text));
            var best = Enumerable.Range(0, Math.Max(1, repeat)).Select(_ => Measure(() => FuzzPipeline.Run(text))).MinBy(m => m.Cpu);
            var parse = Enumerable.Range(0, Math.Max(1, repeat)).Select(_ => Measure(() => SyntaxTree.ParseText(text))).MinBy(m => m.Cpu);
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"{name,-40} {text.Length,10} {first.Cpu.TotalMilliseconds,13:F0} {best.Cpu.TotalMilliseconds,12:F0} {best.Wall.TotalMilliseconds,13:F0} {best.Allocated / 1e6,13:F1} {parse.Cpu.TotalMilliseconds,13:F0}"));
        }
    }

    private static (TimeSpan Cpu, TimeSpan Wall, long Allocated) Measure(Action run)
    {
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpu = process.TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var wall = Stopwatch.StartNew();
        run();
        wall.Stop();
        process.Refresh();
        return (process.TotalProcessorTime - cpu, wall.Elapsed, GC.GetTotalAllocatedBytes(precise: true) - allocated);
    }
}
