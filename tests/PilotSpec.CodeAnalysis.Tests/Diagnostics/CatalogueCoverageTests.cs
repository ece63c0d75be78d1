using System.Text.RegularExpressions;
using PilotSpec.CodeAnalysis.Checks;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Tests.TestSupport;

namespace PilotSpec.CodeAnalysis.Tests.Diagnostics;

/// <summary>
/// A new code cannot arrive untested: every code outside the syntax range is reported in
/// at least one reviewed snapshot of a failing spec (Binding/, Checks/, Compilation/).
/// </summary>
/// <remarks>
/// Reviewed means there before this test run: the snapshots are read when the assembly loads,
/// before any test runs, so one that a snapshot test writes during the run (Snapshooter
/// creates a missing snapshot unless SNAPSHOOTER_STRICT_MODE=on) counts only on the next run,
/// whatever order the tests run in.
/// </remarks>
public sealed partial class CatalogueCoverageTests
{
    private static IReadOnlySet<string> SnapshotIds = new HashSet<string>();

#pragma warning disable CA2255 // A test assembly: the snapshots must be read before any test can write one.
    [System.Runtime.CompilerServices.ModuleInitializer]
    internal static void ReadSnapshotsBeforeAnyTest() => SnapshotIds = FindSnapshotIds();
#pragma warning restore CA2255

    public static TheoryData<string> SemanticIds =>
        new(DiagnosticDescriptors.All.Where(d => d.Category != "Syntax").Select(d => d.Id));

    [Theory]
    [MemberData(nameof(SemanticIds))]
    public void Code_is_reported_in_a_reviewed_snapshot(string id)
    {
        Assert.Contains(id, SnapshotIds);
    }

    [Fact]
    public void Rules_report_only_catalogued_codes_outside_the_syntax_range()
    {
        var descriptors = RuleCatalog.All.SelectMany(r => r.Descriptors).ToArray();

        Assert.NotEmpty(descriptors);
        Assert.All(descriptors, d =>
        {
            Assert.Contains(d, DiagnosticDescriptors.All);
            Assert.NotEqual("Syntax", d.Category);
        });
    }

    private static HashSet<string> FindSnapshotIds()
    {
        var root = Repository.PathOf("tests", "PilotSpec.CodeAnalysis.Tests");
        return new[] { "Binding", "Checks", "Compilation" }
            .Select(folder => Path.Combine(root, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.snap", SearchOption.AllDirectories))
            .Where(path => !path.Contains("__mismatch__", StringComparison.Ordinal))
            .SelectMany(path => IdField().Matches(File.ReadAllText(path)).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"""Id"": ""(PS\d{4})""")]
    private static partial Regex IdField();
}
