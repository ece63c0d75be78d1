using System.Reflection;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PilotSpec.Cli.Tests.Infrastructure;
using PilotSpec.CodeAnalysis;
using PilotSpec.CodeAnalysis.Emit.CSharpMonitor;
using PilotSpec.Monitoring;

namespace PilotSpec.Cli.Tests.EndToEnd;

/// <summary>
/// One spec and one observations file fed to both judges: the C# monitor a site compiles into
/// its own system, and `pilotc evaluate` at the pilot office. They must agree on everything the
/// report shows: decision, every criterion, every site's outcome, value and baseline.
/// </summary>
public sealed class MonitorAndEvaluateAgreeTests
{
    [Theory]
    [InlineData("approval-reform", "2019-12-31")]
    [InlineData("approval-reform", "2019-06-30")]
    [InlineData("approval-reform", "2018-12-31")]
    // Grades after rounding, a window's means, a roll-up by budget and per-site consequences;
    // on 2021-11-30 the scores are missing and the consequences undetermined.
    [InlineData("project-grading", "2021-12-31")]
    [InlineData("project-grading", "2021-11-30")]
    // A stepped wedge's effect and interval: at the end, and midway (the third wave not yet exposed).
    [InlineData("stepped-wedge-policing", "2025-01-15")]
    [InlineData("stepped-wedge-policing", "2024-09-30")]
    public void The_generated_monitor_and_pilotc_evaluate_reach_the_same_judgement(string example, string asOf)
    {
        var spec = Path.Combine(RepositoryRoot.Path, "examples", example + ".pilot");
        var csv = Path.Combine(RepositoryRoot.Path, "examples", example + ".observations.csv");

        var monitor = CompiledMonitor(spec);
        foreach (var line in File.ReadAllLines(csv).Skip(1))
        {
            var fields = line.Split(',');
            monitor.Record(monitor.Definition.FindIndicator(fields[0])!, monitor.Definition.FindSite(fields[1])!, DateTime.Parse(fields[2], System.Globalization.CultureInfo.InvariantCulture), decimal.Parse(fields[3], System.Globalization.CultureInfo.InvariantCulture));
        }

        var date = DateTime.Parse(asOf, System.Globalization.CultureInfo.InvariantCulture);
        var fromMonitor = monitor.Definition.Evaluations.Select(e => Summary(monitor.Evaluate(e, date))).ToList();

        var result = Pilotc.Run(RepositoryRoot.Path, "evaluate", spec, "--observations", csv, "--format", "json", "--as-of", asOf);
        Assert.True(result.ExitCode == 0, result.ToString());
        var fromCli = JsonDocument.Parse(result.StdOut).RootElement.GetProperty("evaluations").EnumerateArray().Select(Summary).ToList();

        Assert.Equal(fromMonitor, fromCli);
    }

    private static string Summary(EvaluationResult result) =>
        Word(result.Decision) + " | " + string.Join(" | ", result.Criteria.Select(c =>
            Outcome(c.Outcome) + ": " + string.Join(", ", c.Sites.Select(s => $"{s.Site.Code}={Outcome(s.Outcome)}/{Number(s.Value)}/{Number(s.Baseline.Value)}/{Number(s.Summary?.Value)}/{s.Grade?.Name}"))))
        + " | effects " + string.Join(", ", result.Effects.Select(e => $"{e.Indicator.Name}={Number(e.Effect)}[{Number(e.Lower)},{Number(e.Upper)}]"))
        + " | consequences " + string.Join(", ", result.Consequences.Select(c => $"{c.Consequence.Text}=[{string.Join(" ", c.AppliesTo.Select(s => s.Code))}]?[{string.Join(" ", c.Undetermined.Select(s => s.Code))}]"));

    private static string Summary(JsonElement evaluation) =>
        evaluation.GetProperty("decision").GetString() + " | " + string.Join(" | ", evaluation.GetProperty("criteria").EnumerateArray().Select(c =>
            c.GetProperty("outcome").GetString() + ": " + string.Join(", ", c.GetProperty("sites").EnumerateArray().Select(s =>
                $"{s.GetProperty("site").GetString()}={s.GetProperty("outcome").GetString()}/{Number(s.GetProperty("value"))}/{Number(s.GetProperty("baseline"))}"
                + $"/{(s.TryGetProperty("summary", out var summary) ? Number(summary.GetProperty("value")) : "null")}/{(s.TryGetProperty("grade", out var grade) ? grade.GetString() : null)}"))))
        + " | effects " + string.Join(", ", evaluation.GetProperty("effects").EnumerateArray().Select(e =>
            $"{e.GetProperty("indicator").GetString()}={Number(e.GetProperty("effect"))}[{Number(e.GetProperty("lower"))},{Number(e.GetProperty("upper"))}]"))
        + " | consequences " + string.Join(", ", (evaluation.TryGetProperty("consequences", out var consequences) ? consequences.EnumerateArray() : default).Select(c =>
            $"{c.GetProperty("text").GetString()}=[{string.Join(" ", c.GetProperty("sites").EnumerateArray().Select(s => s.GetString()))}]?[{string.Join(" ", c.GetProperty("undetermined").EnumerateArray().Select(s => s.GetString()))}]"));

    private static string Word(Decision? decision) => decision switch
    {
        Decision.ScaleUp => "scale_up",
        Decision.Adjust => "adjust",
        Decision.Extend => "extend",
        Decision.Terminate => "terminate",
        Decision.Undetermined => "undetermined",
        _ => "none",
    };

    private static string Outcome(bool? outcome) => outcome switch { true => "met", false => "not_met", _ => "unknown" };

    private static string Number(decimal? value) => value?.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture) ?? "null";

    private static string Number(JsonElement value) => value.ValueKind == JsonValueKind.Null ? "null" : Number(value.GetDecimal());

    // The monitor exactly as a site's build makes it: emitted, compiled by Roslyn, loaded.
    private static PilotMonitor CompiledMonitor(string spec)
    {
        var compilation = PilotCompilation.Create([PilotSpec.CodeAnalysis.Syntax.SyntaxTree.ParseText(File.ReadAllText(spec), spec)]);
        var source = new CSharpMonitorEmitter().Emit(compilation.Program.Pilot!, compilation.Program, compilation.Schedule).Single().Content;
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Where(p => Path.GetFileName(p) is var name && (name.StartsWith("System.", StringComparison.Ordinal) || name is "netstandard.dll" or "mscorlib.dll"))
            .Append(typeof(PilotMonitor).Assembly.Location)
            .GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .Select(g => (MetadataReference)MetadataReference.CreateFromFile(g.First()));
        var csharp = CSharpCompilation.Create(
            "AgreementMonitor_" + Guid.NewGuid().ToString("N"),
            [CSharpSyntaxTree.ParseText(source)],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var stream = new MemoryStream();
        var emitted = csharp.Emit(stream);
        Assert.True(emitted.Success, string.Join("\n", emitted.Diagnostics));
        var type = Assembly.Load(stream.ToArray()).GetExportedTypes().Single(t => typeof(PilotMonitor).IsAssignableFrom(t));
        var store = new ObservationStore(new ObservationStoreOptions { Clock = Clocks.Fixed(DateTime.Today) });
        return (PilotMonitor)Activator.CreateInstance(type, store)!;
    }
}
