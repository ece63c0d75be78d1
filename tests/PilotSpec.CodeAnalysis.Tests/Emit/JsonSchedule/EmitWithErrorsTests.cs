using PilotSpec.CodeAnalysis.Emit;
using PilotSpec.CodeAnalysis.Emit.JsonSchedule;

namespace PilotSpec.CodeAnalysis.Tests.Emit.JsonSchedule;

/// <summary>A spec with an error writes nothing; warnings do not stop the schedule.</summary>
public sealed class EmitWithErrorsTests
{
    private const string Valid = """
        pilot P { owner: "o"; problem: "p"; start: 2024-01-01; end: 2024-12-31
            site A { level: county }
            phase Run { start: 2024-01-01; duration: 6 months; in: A }
        }
        """;

    [Theory]
    [InlineData("phase Run { start: 2024-01-01; duration: 6 months; in: Nowhere }", "PS0101")]    // undefined name
    [InlineData("phase Run { start: 2024-01-01; duration: 6 months; in: A", "PS0001")]             // syntax error: the file ends inside a block
    [InlineData("phase Run { start: 2024-01-01; duration: -6 months; in: A }", "PS0402")]         // non-positive duration
    public void A_spec_with_an_error_writes_nothing(string phase, string expectedId)
    {
        var text = Valid.Replace("phase Run { start: 2024-01-01; duration: 6 months; in: A }", phase);
        var (host, result) = ScheduleEmit.Emit(ScheduleEmit.Compile(text));

        Assert.Contains(result.Diagnostics, d => d.Id == expectedId && d.IsError);
        Assert.False(result.Success);
        Assert.Empty(result.FilesWritten);
        Assert.Empty(host.Files);
    }

    [Fact]
    public void A_warning_as_error_writes_nothing()
    {
        // PS0303 (a site in no phase) is a warning; --warnaserror makes it stop the build.
        var text = Valid.Replace("site A { level: county }", "site A { level: county }\n site B { level: county }");
        var compilation = ScheduleEmit.Compile(text);
        Assert.Contains(compilation.GetDiagnostics(), d => d.Id == "PS0303" && !d.IsError);
        Assert.True(ScheduleEmit.Emit(compilation).Result.Success);

        var strict = compilation.WithOptions(compilation.Options with { WarningsAsErrors = true });
        var (host, result) = ScheduleEmit.Emit(strict);

        Assert.False(result.Success);
        Assert.Empty(host.Files);
    }

    [Fact]
    public void The_default_emitters_write_the_schedule_under_the_pilot_name()
    {
        Assert.Single(Emitters.Default.OfType<JsonScheduleEmitter>());

        var (host, result) = ScheduleEmit.Emit(ScheduleEmit.Compile(Valid));

        Assert.True(result.Success);
        Assert.Contains("P.schedule.json", result.FilesWritten);
        Assert.True(host.Files.ContainsKey("P.schedule.json"));
    }
}
