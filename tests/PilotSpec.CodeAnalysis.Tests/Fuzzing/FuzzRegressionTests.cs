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
    private static readonly TimeSpan Generous = TimeSpan.FromSeconds(20);

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
            var signature = FuzzPipeline.Run(Examples.Read(example));

            // The examples are valid specs: errors would mean the pipeline never reaches emit.
            Assert.DoesNotContain(PilotCompilation.Create([PilotSpec.CodeAnalysis.Syntax.SyntaxTree.ParseText(Examples.Read(example))]).GetDiagnostics(), d => d.IsError);
            Assert.NotNull(signature);
        }
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
