using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using PilotSpec.Monitoring;

namespace PilotSpec.Benchmarks.Monitoring;

/// <summary>
/// `measure-monitor [REPEAT]`: the monitor benchmarks' work timed by the process's CPU time as
/// well as by the clock, best of REPEAT runs. On a shared machine the wall clock also counts
/// the time other processes held the cores; the CPU time of this single-threaded work does not.
/// </summary>
public static class MonitorMeasure
{
    public static void Run(int repeat, TextWriter output)
    {
        var pilot = new ScalePilot();
        const int observations = ScalePilot.SiteCount * ScalePilot.IndicatorCount;

        var (wall, cpu) = Best(repeat, () =>
        {
            var (_, indicators) = pilot.NewMonitor();
            Record(pilot, indicators, 0);
            return () => Record(pilot, indicators, 1);
        });
        output.WriteLine($"record into existing series: {Rate(observations, wall)} observations/s by the clock, {Rate(observations, cpu)}/s by CPU time ({Ns(wall, observations)} / {Ns(cpu, observations)} per observation)");

        (wall, cpu) = Best(repeat, () =>
        {
            var (_, indicators) = pilot.NewMonitor();
            return () => Record(pilot, indicators, 0);
        });
        output.WriteLine($"record into new series:      {Rate(observations, wall)} observations/s by the clock, {Rate(observations, cpu)}/s by CPU time ({Ns(wall, observations)} / {Ns(cpu, observations)} per observation)");

        var (monitor, filled) = pilot.NewMonitor();
        for (var q = 0; q < ScalePilot.Quarters.Length; q++)
        {
            Record(pilot, filled, q);
        }

        (wall, cpu) = Best(repeat, () => () => monitor.Evaluate(pilot.Final, ScalePilot.Quarters[^1]));
        output.WriteLine($"final evaluation, {ScalePilot.SiteCount:N0} sites x {ScalePilot.IndicatorCount} indicators: {wall.TotalMilliseconds:N1} ms by the clock, {cpu.TotalMilliseconds:N1} ms CPU");
    }

    private static void Record(ScalePilot pilot, MonitoredIndicator[] indicators, int quarter)
    {
        var date = ScalePilot.Quarters[quarter];
        for (var i = 0; i < indicators.Length; i++)
        {
            for (var s = 0; s < pilot.Sites.Length; s++)
            {
                indicators[i].At(pilot.Sites[s]).Record(date, ScalePilot.ValueOf(i, s, quarter));
            }
        }
    }

    /// <summary>Best wall and best CPU time of the work <paramref name="prepare"/> returns (preparation untimed).</summary>
    private static (TimeSpan Wall, TimeSpan Cpu) Best(int repeat, Func<Action> prepare)
    {
        var wall = TimeSpan.MaxValue;
        var cpu = TimeSpan.MaxValue;
        using var process = Process.GetCurrentProcess();
        for (var r = 0; r < repeat + 1; r++) // the first run is JIT warm-up
        {
            var work = prepare();
            GC.Collect();
            GC.WaitForPendingFinalizers();
            process.Refresh();
            var cpuStart = process.TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            work();
            clock.Stop();
            process.Refresh();
            if (r > 0)
            {
                wall = clock.Elapsed < wall ? clock.Elapsed : wall;
                var used = process.TotalProcessorTime - cpuStart;
                cpu = used < cpu ? used : cpu;
            }
        }

        return (wall, cpu);
    }

    private static string Rate(int count, TimeSpan time) => (count / time.TotalSeconds / 1e6).ToString("N2", CultureInfo.InvariantCulture) + "M";

    private static string Ns(TimeSpan time, int count) => (time.TotalMilliseconds * 1e6 / count).ToString("N0", CultureInfo.InvariantCulture) + " ns";
}
