using System.Diagnostics;
using System.Globalization;

namespace PilotSpec.Benchmarks.Store;

/// <summary>
/// `measure-store-engines [SITES] [INDICATORS] [PERIODS] [--engine E[,E...]] [--repeat N]`
/// (defaults 3000 50 60, sqlite,duckdb, 3): measures SQLite against DuckDB as the pilot office's
/// one-file observation store (docs/store-engine-choice.md). For each engine, in a fresh temporary
/// file: a "write" process ingests every file and re-ingests one; a "read" process does the
/// evaluation read and the latest-value aggregate; then a reader process tries to read while a
/// writer holds a file's transaction open. The output is one Markdown table.
/// `--phase write|read|hold-write|try-read --file PATH` runs one phase (what the parent starts).
/// </summary>
public static class StoreEnginesCommand
{
    public static int Run(IReadOnlyList<string> args, TextWriter output)
    {
        var sizes = new List<string>();
        var engines = StoreEngines.Default;
        var repeat = 3;
        string? phase = null;
        string? file = null;
        for (var a = 0; a < args.Count; a++)
        {
            switch (args[a])
            {
                case "--engine": engines = args[++a].Split(','); break;
                case "--repeat": repeat = int.Parse(args[++a], CultureInfo.InvariantCulture); break;
                case "--phase": phase = args[++a]; break;
                case "--file": file = args[++a]; break;
                default: sizes.Add(args[a]); break;
            }
        }

        var numbers = sizes.Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
        var set = new ObservationSet(
            numbers.Length > 0 ? numbers[0] : 3000,
            numbers.Length > 1 ? numbers[1] : 50,
            numbers.Length > 2 ? numbers[2] : 60);

        if (phase is not null)
        {
            return RunPhase(phase, engines.Single(), set, file ?? throw new ArgumentException("--phase needs --file"), repeat, output);
        }

        output.WriteLine($"measure-store-engines {set.Shape} ({StoreReport.Count(set.TotalRows)} rows), {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        output.WriteLine();
        output.WriteLine(StoreReport.Header);
        output.Flush();
        var failed = 0;
        foreach (var engine in engines)
        {
            StoreEngines.Open(engine, ":memory:", create: false).Dispose(); // an unknown name fails here, before any work
            var path = Path.Combine(Path.GetTempPath(), $"pilot-store-{engine}-{Guid.NewGuid():N}.db");
            try
            {
                var clock = Stopwatch.StartNew();
                string[] common = [.. sizes, "--engine", engine, "--file", path, "--repeat", repeat.ToString(CultureInfo.InvariantCulture)];
                failed |= ChildProcess.Run([.. common, "--phase", "write"]);
                if (failed == 0)
                {
                    failed |= ChildProcess.Run([.. common, "--phase", "read"]);
                    failed |= ConcurrencyProbe.Run(engine, set, path, sizes, output);
                }

                output.WriteLine(StoreReport.Row(engine, set, "whole run of this engine (all processes)", $"{StoreReport.Seconds(clock.Elapsed)} s by the clock"));
                output.Flush();
            }
            finally
            {
                StoreEngines.Delete(path);
            }
        }

        return failed == 0 ? 0 : 1;
    }

    private static int RunPhase(string phase, string engine, ObservationSet set, string file, int repeat, TextWriter output)
    {
        switch (phase)
        {
            case "write": StoreWorkloads.Write(engine, set, file, output); break;
            case "read": StoreWorkloads.Read(engine, set, file, repeat, output); break;
            case "hold-write": ConcurrencyProbe.HoldWrite(engine, set, file, output); break;
            case "try-read": ConcurrencyProbe.TryRead(engine, set, file, output); break;
            default: throw new ArgumentException($"unknown phase '{phase}'");
        }

        output.Flush();
        return 0;
    }
}
