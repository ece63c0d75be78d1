using PilotSpec.CodeAnalysis.Scheduling;
using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.CodeAnalysis.Tests.TestSupport;
using Snapshooter.Xunit;

namespace PilotSpec.CodeAnalysis.Tests.Scheduling;

/// <summary>
/// Every example compiles without a single diagnostic (of any severity: the examples teach
/// what a good spec looks like), and its resolved timeline is pinned: each phase's start and
/// end, and its window at each site. Examples are found at run time, so a new one is covered.
/// </summary>
public sealed class ExampleScheduleTests
{
    public static TheoryData<string> Examples => TestSupport.Examples.All;

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_compiles_without_any_diagnostic(string example)
    {
        var compilation = Compile(example);

        Assert.Empty(compilation.GetDiagnostics().Select(d => d.ToString()));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Example_schedule_matches_the_snapshot(string example)
    {
        var compilation = Compile(example);

        var snapshot = new
        {
            File = example,
            Phases = compilation.Schedule.Phases.Select(View).ToArray(),
            Evaluations = compilation.Program.Evaluations
                .Select(e => new { e.Name, Date = Format(compilation.Schedule.DateOf(e)) })
                .ToArray(),
        };

        Snapshot.Match(snapshot, TestSupport.Examples.SnapshotName(example));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_phase_of_an_example_is_resolved_and_ends_after_it_starts(string example)
    {
        var schedule = Compile(example).Schedule;

        Assert.NotEmpty(schedule.Phases);
        Assert.All(schedule.Phases, phase =>
        {
            Assert.True(phase.IsResolved, $"{phase.Phase.Name} has no dates.");
            Assert.All(phase.Sites, window => Assert.True(window.End is null || window.End > window.Start, $"{phase.Phase.Name} at {window.Site.Name}"));
            Assert.Equal(phase.Sites.Min(w => w.Start), phase.Start);
        });
    }

    private static PilotCompilation Compile(string example) =>
        PilotCompilation.Create([SyntaxTree.ParseText(TestSupport.Examples.Read(example), Repository.PathOf("examples", example))]);

    // One line per site window keeps the snapshot readable and its diffs small.
    private static object View(PhaseSchedule phase) => new
    {
        phase.Phase.Name,
        Start = Format(phase.Start),
        End = Format(phase.End),
        Sites = phase.Sites.Select(w => $"{w.Site.Name}: {Format(w.Start)} .. {Format(w.End)} (wave {w.WaveIndex})").ToArray(),
    };

    private static string? Format(DateTime? date) => date?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
