using System;
using System.IO;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace PilotSpec.Benchmarks;

/// <summary>
/// `generate LINES FILE`: writes a generated spec (for timing `pilotc check` on it).
/// `measure FILE [REPEAT]`: times each compiler stage with a Stopwatch, first run and warm.
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

        if (args.Length >= 2 && args[0] == "measure")
        {
            var repeat = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 5;
            StageTimer.Run(File.ReadAllText(args[1]), repeat, Console.Out);
            return 0;
        }

        // In-process: BenchmarkDotNet's generated project sets an absolute intermediate
        // path, which the ANTLR build step of PilotSpec.CodeAnalysis cannot handle.
        var config = ManualConfig.Create(DefaultConfig.Instance)
            .AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance));
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
        return 0;
    }
}
