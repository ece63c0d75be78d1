using System.Globalization;

namespace PilotSpec.Benchmarks.Store;

/// <summary>
/// The workloads, split in two phases that run in separate processes: "write" (ingest, re-ingest,
/// file size) and "read" (what pilotc evaluate would do: open the file and read). So the read
/// phase's peak memory is that of a fresh process reading, not one left over from ingesting.
/// </summary>
public static class StoreWorkloads
{
    public static void Write(string engine, ObservationSet set, string path, TextWriter output)
    {
        StoreEngines.Delete(path);
        using (var store = StoreEngines.Open(engine, path, create: true))
        {
            var ingest = CostMeter.Measure(() =>
            {
                for (var i = 0; i < set.Indicators.Length; i++)
                {
                    store.IngestFile(set.File(i, revision: 0));
                }
            });
            var count = store.Count();
            Require(count == set.TotalRows, $"{engine}: {count} rows after ingest, expected {set.TotalRows}");
            output.WriteLine(StoreReport.Row(engine, set, $"ingest ({set.Indicators.Length} files of {StoreReport.Count(set.RowsPerFile)} rows, 1 transaction each)", ingest,
                $"{StoreReport.Count(count)} rows, {StoreReport.Rate(set.TotalRows, ingest.Wall)}"));

            // A corrected re-delivery of the first file: every key exists, so every row is a replace.
            var reingest = CostMeter.Measure(() => store.IngestFile(set.File(0, revision: 1)));
            count = store.Count();
            Require(count == set.TotalRows, $"{engine}: {count} rows after re-ingest, expected {set.TotalRows}");
            var site = set.Sites.Length / 2;
            var period = set.Periods.Length - 1;
            var stored = store.ValueOf(set.Indicators[0], set.Sites[site], set.Periods[period]);
            var expected = set.ValueAt(0, revision: 1, site, period);
            Require(stored == expected, $"{engine}: re-ingest left {stored}, expected {expected}");
            output.WriteLine(StoreReport.Row(engine, set, $"re-ingest 1 file ({StoreReport.Count(set.RowsPerFile)} rows, all replaced)", reingest,
                $"{StoreReport.Rate(set.RowsPerFile, reingest.Wall)}; last write won"));

            store.Checkpoint();
        }

        var bytes = StoreEngines.FilesOf(path).Sum(file => new FileInfo(file).Length);
        output.WriteLine(StoreReport.Row(engine, set, "file size after ingest and checkpoint", $"{StoreReport.MB(bytes)} ({StoreReport.MiB(bytes)})"));
        output.WriteLine(StoreReport.Row(engine, set, "peak working set, write process", StoreReport.MiB(CostMeter.PeakWorkingSet())));
    }

    public static void Read(string engine, ObservationSet set, string path, int repeat, TextWriter output)
    {
        using var store = StoreEngines.Open(engine, path, create: false);

        // As of the last period: an evaluation at the pilot's end reads every row.
        var asOf = set.Dates[^1];
        var rows = 0L;
        var checksum = 0m;
        var evaluation = Repeat(repeat, () => CostMeter.Measure(() =>
        {
            rows = 0;
            checksum = 0;
            foreach (var indicator in set.Indicators)
            {
                // One indicator at a time, held and then dropped, as the evaluation engine does.
                var series = new List<SeriesPoint>(set.RowsPerFile);
                store.ReadSeries(indicator, asOf, series);
                rows += series.Count;
                checksum += series[^1].Value;
            }
        }));
        Require(rows == set.TotalRows, $"{engine}: evaluation read {rows} rows, expected {set.TotalRows}");
        var result = $"{StoreReport.Count(rows)} rows; checksum {checksum.ToString(CultureInfo.InvariantCulture)}";
        output.WriteLine(StoreReport.Row(engine, set, $"evaluation read, all {set.Indicators.Length} indicators, first in process", evaluation.First, result));
        output.WriteLine(StoreReport.Row(engine, set, $"evaluation read, all {set.Indicators.Length} indicators, best of {repeat - 1} more", evaluation.Best, result));

        // As of the 15th of a month three quarters in: each site's latest value is the month before.
        var asOfMid = set.Dates[set.Periods.Length * 3 / 4].AddDays(-13);
        (int Sites, decimal Mean) first = default;
        var aggregate = Repeat(repeat, () => CostMeter.Measure(() =>
        {
            foreach (var indicator in set.Indicators)
            {
                var latest = store.LatestMean(indicator, asOfMid);
                Require(latest.Sites == set.Sites.Length, $"{engine}: latest value of {latest.Sites} sites, expected {set.Sites.Length}");
                first = indicator == set.Indicators[0] ? latest : first;
            }
        }));
        var mean = decimal.Round(first.Mean, 10).ToString(CultureInfo.InvariantCulture);
        output.WriteLine(StoreReport.Row(engine, set, $"latest value per site + mean, {set.Indicators.Length} indicators (1 query each), first", aggregate.First,
            $"{set.Indicators[0]} as of {asOfMid:yyyy-MM-dd}: mean {mean} over {first.Sites} sites"));
        output.WriteLine(StoreReport.Row(engine, set, $"latest value per site + mean, {set.Indicators.Length} indicators (1 query each), best of {repeat - 1} more", aggregate.Best,
            $"{StoreReport.Seconds(aggregate.Best.Wall / set.Indicators.Length)} s per query"));
        output.WriteLine(StoreReport.Row(engine, set, "peak working set, read process (pilotc evaluate's case)", StoreReport.MiB(CostMeter.PeakWorkingSet())));
    }

    /// <summary>The first run (a fresh process's, as pilotc evaluate's) and the best of the rest, by wall and by CPU separately.</summary>
    private static (Cost First, Cost Best) Repeat(int repeat, Func<Cost> run)
    {
        var first = run();
        var bestWall = TimeSpan.MaxValue;
        var bestCpu = TimeSpan.MaxValue;
        for (var r = 1; r < repeat; r++)
        {
            var cost = run();
            bestWall = cost.Wall < bestWall ? cost.Wall : bestWall;
            bestCpu = cost.Cpu < bestCpu ? cost.Cpu : bestCpu;
        }

        return (first, repeat > 1 ? new Cost(bestWall, bestCpu) : first);
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new InvalidOperationException(message);
        }
    }
}
