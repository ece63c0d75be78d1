using System.Text;
using PilotSpec.CodeAnalysis.Tests.TestSupport;
using PilotSpec.Fuzz;

namespace PilotSpec.CodeAnalysis.Tests.Fuzzing;

/// <summary>
/// Every input the fuzzer ever broke the compiler with (and a few hand-made hostile ones)
/// goes through the same pipeline the fuzzer runs (fuzz/PilotSpec.Fuzz/FuzzPipeline.cs,
/// linked into this project), so a fixed crash stays fixed.
/// </summary>
public sealed class FuzzRegressionTests
{
    // A hang detector, not a speed test (the speeds are in `pilotfuzz pathological` and the
    // benchmarks): an input that takes 1 s alone took over 20 s in CI next to the other test
    // classes on a loaded 2-core machine.
    private static readonly TimeSpan Generous = TimeSpan.FromMinutes(3);

    public static TheoryData<string> Regressions
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var file in Directory.EnumerateFiles(Folder, "*.pilot").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(file));
            }

            return data;
        }
    }

    private static string Folder => Repository.PathOf("tests", "PilotSpec.CodeAnalysis.Tests", "Fuzzing", "Regressions");

    [Fact]
    public void The_regression_folder_is_not_empty()
    {
        // Otherwise the theory below would pass by running nothing.
        Assert.True(Directory.EnumerateFiles(Folder, "*.pilot").Count() >= 5);
    }

    [Theory]
    [MemberData(nameof(Regressions))]
    public void A_saved_input_goes_through_the_whole_pipeline(string file)
    {
        var text = File.ReadAllText(Path.Combine(Folder, file), Encoding.UTF8);

        RunWithin(Generous, () => FuzzPipeline.Run(text));
    }

    [Fact]
    public void The_examples_go_through_the_whole_pipeline_without_findings()
    {
        foreach (var example in Examples.Names)
        {
            // The signature is the distinct codes the compiler reported. The examples are clean
            // specs, with not even a warning: any code would mean the pipeline ran on something
            // else than the spec (and with an error it would never reach emit).
            var signature = FuzzPipeline.Run(Examples.Read(example));

            Assert.True(signature == "", $"{example}: {signature}");
        }
    }

    [Fact]
    public void Layout_inside_a_condition_or_a_site_attribute_does_not_reach_the_emitted_files()
    {
        // Found by the property tests: emitters quoted conditions and site attributes as
        // written, so reformatting a spec changed its schedule and monitor.
        const string compact = """
            pilot P "p" {
                start: 2024-01-01
                indicator wait "w" {
                    unit: minutes
                    better: lower
                    baseline: 40 minutes on 2023-12-31
                    target: 20 minutes by 2024-12-31
                    measured: monthly from "tickets"
                }
                site East "e" {
                    population: 3_100_000 people
                }
                phase Trial {
                    start: 2024-01-01
                    duration: 12 months
                    in: East
                }
                evaluation final at end of Trial {
                    method: before_after
                    require: wait <= 20 minutes at all sites
                    decide: scale_up when all met
                    otherwise: adjust
                }
            }
            """;
        var sprawling = compact
            .Replace("3_100_000 people", "3_100_000\r\n            people", StringComparison.Ordinal)
            .Replace("wait <= 20 minutes at all sites", "wait /* the hall */ <=\t20 minutes\r\n        at all sites", StringComparison.Ordinal);

        Assert.NotEqual(compact, sprawling);
        Assert.Equal(EmitAll(compact), EmitAll(sprawling));
    }

    private static string EmitAll(string spec)
    {
        var host = new PilotSpec.CodeAnalysis.Emit.InMemoryOutputHost();
        var result = PilotCompilation.Create([PilotSpec.CodeAnalysis.Syntax.SyntaxTree.ParseText(spec, "spec.pilot")]).Emit(host);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics));
        return string.Join("\n----\n", host.Files.Select(f => f.Key + "\n" + f.Value));
    }

    internal static void RunWithin(TimeSpan limit, Action action)
    {
        using var cancellation = new CancellationTokenSource(limit);
        var work = Task.Run(action, CancellationToken.None);
        try
        {
            work.Wait(cancellation.Token);
        }
        catch (OperationCanceledException)
        {
            Assert.Fail($"Still running after {limit.TotalSeconds} s.");
        }
    }
}
