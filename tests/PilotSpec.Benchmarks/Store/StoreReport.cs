using System.Globalization;

namespace PilotSpec.Benchmarks.Store;

/// <summary>
/// The command's output: rows of one Markdown table, so a run pastes straight into
/// docs/store-engine-choice.md. Each child process prints its own rows; the parent prints the header.
/// </summary>
public static class StoreReport
{
    public const string Header =
        "| engine | size | workload | wall s | CPU s | result |\n" +
        "| --- | --- | --- | ---: | ---: | --- |";

    public static string Row(string engine, ObservationSet set, string workload, Cost cost, string result) =>
        $"| {engine} | {set.Shape} | {workload} | {Seconds(cost.Wall)} | {Seconds(cost.Cpu)} | {result} |";

    public static string Row(string engine, ObservationSet set, string workload, string result) =>
        $"| {engine} | {set.Shape} | {workload} | | | {result} |";

    public static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.000", CultureInfo.InvariantCulture);

    public static string MiB(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture) + " MiB";

    public static string MB(long bytes) => (bytes / 1e6).ToString("0.0", CultureInfo.InvariantCulture) + " MB";

    public static string Count(long count) => count.ToString("N0", CultureInfo.InvariantCulture);

    public static string Rate(long rows, TimeSpan time) => (rows / time.TotalSeconds).ToString("N0", CultureInfo.InvariantCulture) + " rows/s";
}
