using PilotSpec.CodeAnalysis.Formatting;
using PilotSpec.CodeAnalysis.Tests.TestSupport;
using Snapshooter.Xunit;

namespace PilotSpec.CodeAnalysis.Tests.Formatting;

/// <summary>
/// Every example as the formatter writes it, pinned: a change to the house style shows up
/// as a snapshot diff that a reviewer sees and accepts, example by example.
/// </summary>
public sealed class FormattedExampleSnapshotTests
{
    public static TheoryData<string> Examples => TestSupport.Examples.All;

    [Theory]
    [MemberData(nameof(Examples))]
    public void Formatted_example_matches_the_snapshot(string example)
    {
        var result = SpecFormatter.Format(TestSupport.Examples.Read(example));

        var snapshot = new
        {
            File = example,
            Outcome = result.Outcome.ToString(),
            // One line per array entry: the JSON stays readable and diffs line by line.
            Formatted = result.Text.Replace("\r\n", "\n").TrimEnd('\n').Split('\n'),
        };

        Snapshot.Match(snapshot, "formatted." + TestSupport.Examples.SnapshotName(example));
    }
}
