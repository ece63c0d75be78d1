using System;
using System.IO;
using System.Linq;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace PilotSpec.Benchmarks;

/// <summary>
/// `generate LINES FILE`: writes a generated spec (for timing `pilotc check` on it).
/// `generate-hierarchy LINES FILE`: the same with <see cref="HierarchySpecGenerator"/>'s shape.
/// `measure FILE [REPEAT]`: times each compiler stage with a Stopwatch, first run and warm.
/// `measure-monitor [REPEAT]`: the monitor benchmarks' work by CPU time as well as by the clock.
/// `generate-national SITES INDICATORS FILE`: a national programme (<see cref="NationalSpecGenerator"/>), for the monitor's compile at a site.
/// `generate-office SITES INDICATORS PERIODS DIR`: the pilot office's spec and observation files (<see cref="Office.OfficeWorkload"/>).
/// `measure-ls [LINES]`: the language server's memory with a LINES-line spec open (100k by default).
/// `measure-store-engines [SITES] [INDICATORS] [PERIODS] [--engine E,...] [--repeat N]`: SQLite against
/// DuckDB as the pilot office's observation store (Store/, docs/store-engine-choice.md).
/// Anything else goes to BenchmarkDotNet (e.g. `--filter '*'`, `--list flat`).
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args.Length == 3 && args[0] == "generate")
        {
            File.WriteAllText(args[2], SpecGenerator.Generate(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture)));
            return 0;
        }

        if (args.Length == 3 && args[0] == "generate-hierarchy")
        {
            File.WriteAllText(args[2], HierarchySpecGenerator.Generate(int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture)));
            return 0;
        }

        if (args.Length == 4 && args[0] == "generate-national")
        {
            var sites = int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture);
            var indicators = int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture);
            File.WriteAllText(args[3], NationalSpecGenerator.Generate(sites, indicators));
            return 0;
        }

        if (args.Length == 5 && args[0] == "generate-office")
        {
            var numbers = args[1..4].Select(a => int.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
            Office.OfficeWorkload.Write(numbers[0], numbers[1], numbers[2], args[4]);
            return 0;
        }

        if (args.Length >= 1 && args[0] == "measure-ls")
        {
            var lines = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
            LanguageServer.LanguageServerMemory.RunAsync(lines, Console.Out).GetAwaiter().GetResult();
            return 0;
        }

        if (args.Length >= 1 && args[0] == "measure-monitor")
        {
            Monitoring.MonitorMeasure.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 5, Console.Out);
            return 0;
        }

        if (args.Length >= 1 && args[0] == "measure-store-engines")
        {
            return Store.StoreEnginesCommand.Run(args[1..], Console.Out);
        }

        if (args.Length >= 2 && args[0] == "measure")
        {
            var repeat = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5;
            StageTimer.Run(File.ReadAllText(args[1]), repeat, Console.Out);
            return 0;
        }

        // In-process: BenchmarkDotNet's generated project sets an absolute intermediate
        // path, which the ANTLR build step of PilotSpec.CodeAnalysis cannot handle. A mutator,
        // so that it also applies to the jobs a benchmark class sets itself (LatencyConfig).
        // The in-process toolchain gives up on a benchmark after 5 minutes by default; the
        // ANTLR reference parse and the C# emit at 100k lines need longer on a loaded machine.
        var toolchain = new InProcessEmitToolchain(System.TimeSpan.FromMinutes(60), logOutput: true);
        var config = ManualConfig.Create(DefaultConfig.Instance)
            .AddJob(Job.Default.WithToolchain(toolchain).AsMutator());
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        return 0;
    }
}
