using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.CodeAnalysis.Tests.TestSupport;
using Snapshooter.Xunit;

namespace PilotSpec.CodeAnalysis.Tests.Checks;

/// <summary>PS0114 (#20): names become file names and C# identifiers, so they have a length in bytes.</summary>
public sealed class NameLengthTests
{
    [Fact]
    public void A_name_past_200_bytes_is_reported_with_its_length()
    {
        // 67 Chinese characters, 3 bytes each: 201 bytes.
        var spec = CheckedSpec.Compile("goal " + new string('长', 67) + " \"Residents wait less\" { }\n");

        spec.AssertSingle("PS0114", DiagnosticSeverity.Error, line: 1, column: 6,
            "This goal name is 201 bytes long in UTF-8; names may be at most 200 bytes, because they become file names and C# identifiers.");
        Snapshot.Match(spec.Snapshot);
    }

    [Fact]
    public void A_name_of_200_bytes_is_accepted()
    {
        // 66 Chinese characters and two letters: 198 + 2 = 200 bytes.
        CheckedSpec.Compile("goal " + new string('长', 66) + "ab \"Residents wait less\" { }\n").AssertClean();
    }
}
