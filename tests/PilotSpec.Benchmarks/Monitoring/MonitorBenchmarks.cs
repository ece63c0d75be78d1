using System;
using BenchmarkDotNet.Attributes;
using PilotSpec.Monitoring;

namespace PilotSpec.Benchmarks.Monitoring;

/// <summary>
/// The monitor runtime at national scale (issue 10: at least 5 million observations
/// recorded per second on one thread, in memory; a final evaluation over 3,000 sites × 50
/// indicators under 100 ms). Recording goes through the generated monitor's path,
/// `monitor.Indicators.X.At(site).Record(date, value)`, with every check it makes. One
/// measured call per iteration (LatencyConfig): the recording ones need a fresh store each.
/// `measure-monitor` times the same work by CPU time, steadier on a shared machine.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(LatencyConfig))]
public class MonitorBenchmarks
{
    /// <summary>One recording invocation: every indicator at every site, one quarter.</summary>
    private const int ObservationsPerQuarter = ScalePilot.SiteCount * ScalePilot.IndicatorCount;

    private readonly ScalePilot _pilot = new();
    private MonitoredIndicator[] _indicators = null!;
    private PilotMonitor _evaluated = null!;

    [GlobalSetup(Targets = new[] { nameof(FinalEvaluation) })]
    public void FillForEvaluation()
    {
        (_evaluated, var indicators) = _pilot.NewMonitor();
        for (var d = 0; d < ScalePilot.Quarters.Length; d++)
        {
            RecordQuarter(indicators, d);
        }
    }

    /// <summary>A new, empty monitor before every recording iteration, so each records into the same state.</summary>
    [IterationSetup(Targets = new[] { nameof(RecordIntoNewSeries), nameof(RecordIntoExistingSeries) })]
    public void NewMonitor()
    {
        (_, _indicators) = _pilot.NewMonitor();
        RecordQuarter(_indicators, 0);
    }

    /// <summary>The first value of each indicator and site after the first quarter: every record adds to a series that exists.</summary>
    [Benchmark(OperationsPerInvoke = ObservationsPerQuarter)]
    public void RecordIntoExistingSeries() => RecordQuarter(_indicators, 1);

    /// <summary>Recording into a store whose series do not exist yet (the first day of a monitor).</summary>
    [Benchmark(OperationsPerInvoke = ObservationsPerQuarter)]
    public void RecordIntoNewSeries()
    {
        (_, var indicators) = _pilot.NewMonitor();
        RecordQuarter(indicators, 1);
    }

    /// <summary>The final evaluation: 50 criteria, each over 3,000 sites with four quarters of data.</summary>
    [Benchmark]
    public EvaluationResult FinalEvaluation() => _evaluated.Evaluate(_pilot.Final, ScalePilot.Quarters[^1]);

    private void RecordQuarter(MonitoredIndicator[] indicators, int quarter)
    {
        var date = ScalePilot.Quarters[quarter];
        var sites = _pilot.Sites;
        for (var i = 0; i < indicators.Length; i++)
        {
            var indicator = indicators[i];
            for (var s = 0; s < sites.Length; s++)
            {
                if (indicator.At(sites[s]).Record(date, ScalePilot.ValueOf(i, s, quarter)) == RecordOutcome.Unchanged)
                {
                    throw new InvalidOperationException("Every recorded observation is new here.");
                }
            }
        }
    }
}
