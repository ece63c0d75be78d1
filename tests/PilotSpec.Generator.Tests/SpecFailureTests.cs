using System.Collections.Immutable;
using System.Globalization;
using PilotSpec.CodeAnalysis.Emit;

namespace PilotSpec.Generator.Tests;

/// <summary>
/// One spec that makes the pilot compiler throw (#20): before, the exception left the
/// generator, every monitor was gone and C# showed only CS8785 without the spec's name. Now
/// the spec is named (PSG0002) and the other specs' monitors are built. No spec is known to
/// crash the compiler, so the failure is injected into the step that compiles one spec.
/// </summary>
public sealed class SpecFailureTests
{
    private static readonly ImmutableArray<SpecFile> TwoSpecs =
    [
        new SpecFile("/site/broken.pilot", "pilot Broken { owner: \"o\"; problem: \"p\"; start: 2024-01-01; end: 2024-12-31 }\n"),
        new SpecFile("/site/fine.pilot", "pilot Fine { owner: \"o\"; problem: \"p\"; start: 2024-01-01; end: 2024-12-31 }\n"),
    ];

    private static PilotBuildResult RunWithBrokenSpec() =>
        PilotBuild.Run(TwoSpecs, null, CancellationToken.None, (compilation, host, emitter) =>
            compilation.SyntaxTrees[0].FilePath.EndsWith("broken.pilot", StringComparison.Ordinal)
                ? throw new InvalidOperationException("injected failure")
                : compilation.Emit(host, [emitter]));

    [Fact]
    public void The_failing_spec_is_named_and_the_others_still_get_their_monitors()
    {
        var result = RunWithBrokenSpec();

        var failure = Assert.Single(result.Failures.AsImmutableArray());
        Assert.Equal(("/site/broken.pilot", "System.InvalidOperationException: injected failure"), (failure.Path, failure.Error));
        Assert.Equal(["Fine.Monitor.g.cs"], result.Monitors.AsImmutableArray().Select(m => m.HintName));
    }

    [Fact]
    public void PSG0002_is_an_error_at_the_spec_in_English_and_Chinese()
    {
        var diagnostic = SpecFailureDiagnostic.Create(Assert.Single(RunWithBrokenSpec().Failures.AsImmutableArray()));

        Assert.Equal(("PSG0002", Microsoft.CodeAnalysis.DiagnosticSeverity.Error, "/site/broken.pilot"), (diagnostic.Id, diagnostic.Severity, diagnostic.Location.GetLineSpan().Path));
        Assert.Equal(
            "The pilot compiler failed on broken.pilot (System.InvalidOperationException: injected failure): its monitor is not built; the other specs' monitors are. This is a bug of PilotSpec: please report it with the spec.",
            diagnostic.GetMessage(CultureInfo.InvariantCulture));
        Assert.Equal(
            "试点编译器处理 broken.pilot 时失败（System.InvalidOperationException: injected failure）：未生成它的监测器；其他规格的监测器照常生成。这是 PilotSpec 的缺陷，请附上该规格报告。",
            diagnostic.GetMessage(new CultureInfo("zh-Hans")));
    }
}
