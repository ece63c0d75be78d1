using System.Diagnostics;

namespace PilotSpec.Benchmarks.Store;

/// <summary>
/// Can a second process read the store while a first is in the middle of ingesting a file? The
/// holder starts a file's transaction, writes some rows and waits; meanwhile a reader process opens
/// the file and reads one indicator. SQLite in WAL mode lets it read the last committed state;
/// DuckDB locks the whole file for the process that opened it for writing.
/// </summary>
public static class ConcurrencyProbe
{
    private const string Holding = "holding";

    /// <summary>The parent's side: run holder and reader, print one row with what the reader got.</summary>
    public static int Run(string engine, ObservationSet set, string path, IReadOnlyList<string> sizeArguments, TextWriter output)
    {
        using var holder = Process.Start(ChildProcess.StartInfo([.. sizeArguments, "--engine", engine, "--phase", "hold-write", "--file", path], redirect: true))!;
        string? line;
        while ((line = holder.StandardOutput.ReadLine()) is not null && line != Holding)
        {
            output.WriteLine(line);
        }

        if (line is null)
        {
            output.WriteLine(StoreReport.Row(engine, set, "2nd process reads during a write", "holder failed before writing"));
            holder.WaitForExit();
            return 1;
        }

        var code = ChildProcess.Run([.. sizeArguments, "--engine", engine, "--phase", "try-read", "--file", path]);
        holder.StandardInput.WriteLine();
        holder.StandardInput.Flush();
        output.Write(holder.StandardOutput.ReadToEnd());
        holder.WaitForExit();
        return code | holder.ExitCode;
    }

    /// <summary>The holder: a file's transaction with its first rows written, kept open until told.</summary>
    public static void HoldWrite(string engine, ObservationSet set, string path, TextWriter output)
    {
        using var store = StoreEngines.Open(engine, path, create: false);
        store.IngestFile(RowsThenWait(set.File(1, revision: 2).Take(1000), output));
    }

    /// <summary>The reader: open and read one indicator as of the end, or say why not.</summary>
    public static void TryRead(string engine, ObservationSet set, string path, TextWriter output)
    {
        const string workload = "2nd process reads while a file's ingest is in progress";
        try
        {
            using var store = StoreEngines.Open(engine, path, create: false);
            var series = new List<SeriesPoint>();
            var cost = CostMeter.Measure(() => store.ReadSeries(set.Indicators[1], set.Dates[^1], series));
            output.WriteLine(StoreReport.Row(engine, set, workload, cost, $"yes: read {StoreReport.Count(series.Count)} committed rows"));
        }
        catch (Exception e)
        {
            output.WriteLine(StoreReport.Row(engine, set, workload, "no: " + e.Message.Split('\n')[0].Trim().Replace('|', '/')));
        }
    }

    private static IEnumerable<Observation> RowsThenWait(IEnumerable<Observation> rows, TextWriter output)
    {
        foreach (var row in rows)
        {
            yield return row;
        }

        // The rows are written but not committed: say so, and wait for the parent's word.
        output.WriteLine(Holding);
        output.Flush();
        Console.In.ReadLine();
    }
}
