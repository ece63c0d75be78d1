using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.CodeAnalysis.Tests.TestSupport;
using Snapshooter.Xunit;

namespace PilotSpec.CodeAnalysis.Tests.Syntax;

/// <summary>
/// Every example's tree and diagnostics, pinned: any change to how a real spec parses shows
/// up as a snapshot diff that a reviewer has to accept. Snapshots are named after the file.
/// </summary>
public sealed class ExampleSnapshotTests
{
    public static TheoryData<string> Examples => TestSupport.Examples.All;

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_tree_and_diagnostics_match_the_snapshot(string example)
    {
        var tree = SyntaxTree.ParseText(TestSupport.Examples.Read(example), example);

        var snapshot = new
        {
            File = example,
            Diagnostics = DiagnosticView.All(tree.GetDiagnostics()),
            // One line per array entry: the JSON stays readable and diffs line by line.
            Tree = SyntaxTreePrinter.Print(tree.Root).TrimEnd('\n').Split('\n'),
        };

        Snapshot.Match(snapshot, TestSupport.Examples.SnapshotName(example));
    }
}
