using System;
using System.Diagnostics;
using System.IO;

namespace PilotSpec.Benchmarks;

/// <summary>
/// A quick Stopwatch harness for profiling sessions (BenchmarkDotNet takes minutes): the
/// first run of each stage (cold: JIT and ANTLR's DFA warm-up) and the best of the warm runs.
/// </summary>
internal static class StageTimer
{
    public static void Run(string text, int repeat, TextWriter output)
    {
        var lines = text.Split('\n').Length;
        output.WriteLine($"{lines} lines, {text.Length} chars");
        Time("lex", lines, repeat, output, () => Stages.Lex(text));
        Time("parse", lines, repeat, output, () => Stages.Parse(text));
        if (Environment.GetEnvironmentVariable("PILOT_MEASURE_REFERENCE") != "0")
        {
            Time("antlr lex", lines, repeat, output, () => Stages.AntlrLex(text));
            Time("antlr parse", lines, repeat, output, () => Stages.AntlrParse(text));
            Time("reference parse", lines, repeat, output, () => Stages.ReferenceParse(text));
        }

        var stages = new Stages(text);
        Time("bind", lines, repeat, output, () => stages.Bind());
        Time("schedule", lines, repeat, output, () => stages.ResolveSchedule());
        Time("bind+check", lines, repeat, output, () => stages.BindAndCheck());
        if (Environment.GetEnvironmentVariable("PILOT_MEASURE_EMIT") == "0")
        {
            return;
        }

        Time("emit json", lines, repeat, output, () => stages.EmitJson());
        Time("emit c#", lines, repeat, output, () => stages.EmitCSharp());
        output.WriteLine($"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB");
    }

    // PILOT_MEASURE_ONLY=bind,bind+check times only the named stages: profiling the later
    // stages need not wait for the lexing and parsing runs every time.
    private static bool Selected(string name) =>
        Environment.GetEnvironmentVariable("PILOT_MEASURE_ONLY") is not { Length: > 0 } only
        || Array.IndexOf(only.Split(','), name) >= 0;

    private static void Time(string name, int lines, int repeat, TextWriter output, Func<object> stage)
    {
        if (!Selected(name))
        {
            return;
        }

        var watch = Stopwatch.StartNew();
        stage();
        var first = watch.Elapsed.TotalMilliseconds;
        var best = double.MaxValue;
        var bestCpu = double.MaxValue;
        long allocated = 0;
        var process = Process.GetCurrentProcess();
        for (var i = 0; i < repeat; i++)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            process.Refresh();
            var cpuBefore = process.TotalProcessorTime;
            watch.Restart();
            stage();
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
            process.Refresh();
            // CPU time of the whole process (GC threads included): steadier than wall time on a loaded machine.
            bestCpu = Math.Min(bestCpu, (process.TotalProcessorTime - cpuBefore).TotalMilliseconds);
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }

        output.WriteLine($"{name,-15} first {first,8:F1} ms   warm {best,8:F1} ms  cpu {bestCpu,8:F1} ms  {lines / best * 1000,11:N0} lines/s  {allocated / (1024.0 * 1024),8:F1} MiB allocated");
    }
}
