using System.Diagnostics;

namespace PilotSpec.Benchmarks.Store;

/// <summary>What a piece of work cost: the clock's time and the process's CPU time (all threads).</summary>
public readonly record struct Cost(TimeSpan Wall, TimeSpan Cpu);

/// <summary>
/// Times work by the clock and by CPU time. On a shared 2-core machine the clock also counts the
/// time other processes held the cores, CPU time does not; and DuckDB runs on several threads, so
/// its CPU time can exceed its wall time. Both are reported.
/// </summary>
public static class CostMeter
{
    public static Cost Measure(Action work)
    {
        using var process = Process.GetCurrentProcess();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        process.Refresh();
        var cpuStart = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        work();
        clock.Stop();
        process.Refresh();
        return new Cost(clock.Elapsed, process.TotalProcessorTime - cpuStart);
    }

    /// <summary>
    /// The process's peak resident memory so far (VmHWM on Linux): managed heap, the engine's
    /// native caches and the mapped native library together. One engine per process, so they don't mix.
    /// </summary>
    public static long PeakWorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.PeakWorkingSet64;
    }
}
