using PilotSpec.Benchmarks;
using PilotSpec.CodeAnalysis.Binding.Bound;
using PilotSpec.CodeAnalysis.Scheduling;
using PilotSpec.CodeAnalysis.Tests.Emit.JsonSchedule.Reference;

namespace PilotSpec.CodeAnalysis.Tests.Emit.JsonSchedule;

/// <summary>
/// Format 2 loses nothing: for every example and generated spec, what a reader expands from
/// the compact schedule equals what format 1 listed — every due date of every indicator at
/// every site (against <see cref="MeasurementPlan"/>, the format 1 expansion kept as the
/// reference), every phase's window at every site, and every quantifier's sites.
/// </summary>
public sealed class ScheduleRoundTripTests
{
    public static TheoryData<string> Specs()
    {
        var specs = new TheoryData<string>();
        foreach (var example in TestSupport.Examples.All)
        {
            specs.Add(example);
        }

        specs.Add("generated:blocks:12");
        specs.Add("generated:hierarchy:3");
        specs.Add("generated:national:2500:20"); // 25 waves in three staggered phases, monthly and quarterly
        return specs;
    }

    private static (string Text, string Path) Read(string spec) => spec.Split(':') switch
    {
        ["generated", "blocks", var n] => (SpecGenerator.GenerateBlocks(int.Parse(n)), "blocks.pilot"),
        ["generated", "hierarchy", var n] => (HierarchySpecGenerator.GenerateProvinces(int.Parse(n)), "hierarchy.pilot"),
        ["generated", "national", var sites, var indicators] => (NationalSpecGenerator.Generate(int.Parse(sites), int.Parse(indicators)), "national.pilot"),
        _ => (TestSupport.Examples.Read(spec), spec),
    };

    [Theory]
    [MemberData(nameof(Specs))]
    public void Due_dates_expanded_from_the_compact_schedule_equal_the_listed_ones(string spec)
    {
        var (text, path) = Read(spec);
        var compilation = ScheduleEmit.Compile(text, path);
        var reference = MeasurementPlan.Create(compilation.Program, compilation.Schedule);
        var compact = ExpandedSchedule.Measurements(ScheduleEmit.Json(text, path));

        Assert.Equal(reference.Indicators.Select(i => i.Indicator.Name), compact.Indicators);
        foreach (var indicator in reference.Indicators)
        {
            var listed = indicator.Sites
                .SelectMany(s => s.DueDates.Select(d => (s.Site.Name, d)))
                .OrderBy(x => x.Name, StringComparer.Ordinal).ThenBy(x => x.d)
                .ToList();
            var expanded = compact.Expand(indicator.Indicator.Name)
                .Select(d => (d.Site, d.Date))
                .OrderBy(x => x.Site, StringComparer.Ordinal).ThenBy(x => x.Date)
                .ToList();
            Assert.Equal(listed, expanded);
        }
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Phase_windows_expanded_from_the_steps_equal_the_resolved_ones(string spec)
    {
        var (text, path) = Read(spec);
        var compilation = ScheduleEmit.Compile(text, path);
        var expanded = ExpandedSchedule.PhaseWindows(ScheduleEmit.Parse(ScheduleEmit.Json(text, path)));

        foreach (var phase in compilation.Schedule.Phases)
        {
            var resolved = phase.Sites.Select(w => (
                w.Site.Name,
                ScheduleResolver.Format(w.Start),
                w.End is { } end ? ScheduleResolver.Format(end) : null,
                w.WaveIndex,
                Via(phase, w.WaveIndex)));
            Assert.Equal(resolved, expanded[phase.Phase.Name]);
        }
    }

    [Theory]
    [MemberData(nameof(Specs))]
    public void Quantifier_sites_follow_from_the_scope_named(string spec)
    {
        var (text, path) = Read(spec);
        var compilation = ScheduleEmit.Compile(text, path);
        var root = ScheduleEmit.Parse(ScheduleEmit.Json(text, path));
        var conditions = compilation.Program.Alerts.Select(a => a.Condition)
            .Concat(compilation.Program.Evaluations.SelectMany(e => e.Criteria));

        foreach (var quantified in conditions.OfType<BoundExpression>().SelectMany(BoundTreeWalker.DescendantsAndSelf).OfType<BoundQuantified>())
        {
            Assert.Equal(quantified.Sites.Select(s => s.Name), ExpandedSchedule.SitesOf(root, quantified.Scope?.Name));
        }
    }

    private static string? Via(PhaseSchedule phase, int step)
    {
        var index = phase.Phase.RunsAtAllSites ? step - 1 : step;
        return index >= 0 && index < phase.Phase.RunsIn.Length ? phase.Phase.RunsIn[index].Name : null;
    }
}
