using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace PilotSpec.Benchmarks;

/// <summary>
/// For latencies that someone waits for (an editor request, an evaluation run): one call per
/// measured iteration, enough iterations for a 95th percentile, and the P95 column next to
/// the mean. The in-process toolchain comes from Program's mutator, as for every benchmark.
/// </summary>
public sealed class LatencyConfig : ManualConfig
{
    public LatencyConfig()
    {
        AddJob(Job.Default
            .WithWarmupCount(5)
            .WithIterationCount(40)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithId("Latency"));
        AddColumn(StatisticColumn.Median, StatisticColumn.P95, StatisticColumn.Max);
    }
}
