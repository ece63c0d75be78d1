using PilotSpec.CodeAnalysis.Emit;
using PilotSpec.CodeAnalysis.Tests.TestSupport;
using Snapshooter.Xunit;

namespace PilotSpec.CodeAnalysis.Tests.Emit.JsonSchedule;

/// <summary>
/// Every example under examples/ (enumerated when the tests run) emits a schedule that
/// matches its snapshot, is valid against the shipped schema, and is the same bytes every time.
/// </summary>
public sealed class JsonScheduleExampleTests
{
    public static TheoryData<string> Examples => TestSupport.Examples.All;

    [Theory]
    [MemberData(nameof(Examples))]
    public void Schedule_matches_the_snapshot(string example)
    {
        var json = ScheduleEmit.Json(TestSupport.Examples.Read(example), example);

        // The JSON text itself, one line per array entry, so a diff shows exactly what changed.
        Snapshot.Match(json, "schedule." + TestSupport.Examples.SnapshotName(example));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Schedule_is_valid_against_the_schema(string example)
    {
        var json = ScheduleEmit.Json(TestSupport.Examples.Read(example), example);

        ScheduleSchema.AssertValid(json);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Two_emits_give_the_same_bytes(string example)
    {
        var text = TestSupport.Examples.Read(example);

        // Separate compilations: nothing cached between them can make the two agree.
        var first = ScheduleEmit.Json(text, example);
        var second = ScheduleEmit.Json(text, example);

        Assert.Equal(first, second);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Schedule_does_not_depend_on_the_spec_line_ends_or_the_file_path(string example)
    {
        var text = TestSupport.Examples.Read(example).Replace("\r\n", "\n");

        var unix = ScheduleEmit.Json(text, "/home/someone/" + example);
        var windows = ScheduleEmit.Json(text.Replace("\n", "\r\n"), @"C:\Users\someone\" + example);

        Assert.Equal(unix, windows);
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Schedule_is_written_under_the_pilot_name_with_unix_line_ends(string example)
    {
        var compilation = ScheduleEmit.Compile(TestSupport.Examples.Read(example), example);
        var (host, result) = ScheduleEmit.Emit(compilation);

        var name = OutputNames.Schedule(compilation.Program.Pilot!.Name);
        Assert.Contains(name, result.FilesWritten);
        var json = host.Files[name];
        Assert.DoesNotContain('\r', json);
        Assert.EndsWith("}\n", json, StringComparison.Ordinal);
        Assert.False(json.StartsWith('\uFEFF'), "no byte-order mark");
    }
}
