using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Tests.Emit.JsonSchedule;

/// <summary>A pilot split over files emits one schedule with the imported declarations, the same wherever the files live.</summary>
public sealed class ImportTests
{
    private const string Catalogue = """
        indicator wait "Waiting time" { unit: minutes; better: lower; baseline: 40 minutes on 2023-12-31; target: 20 minutes by 2024-12-31; measured: monthly from "queue system" }
        site A { level: county }
        """;

    private const string Main = """
        import "catalogue.pilot"
        pilot P { owner: "o"; problem: "p"; start: 2024-01-01; end: 2024-12-31
            phase Run { start: 2024-01-01; duration: 3 months; in: A }
        }
        """;

    private sealed class MemoryResolver(string folder, string catalogue) : ISourceResolver
    {
        public string ResolvePath(string importingFile, string importPath) => folder + "/" + importPath;

        public string? TryReadText(string path) => path == folder + "/catalogue.pilot" ? catalogue : null;
    }

    private static string Emit(string folder, string catalogue)
    {
        var options = CompilationOptions.Default with { SourceResolver = new MemoryResolver(folder, catalogue) };
        var compilation = PilotCompilation.Create([SyntaxTree.ParseText(Main, folder + "/main.pilot")], options);
        var (host, result) = ScheduleEmit.Emit(compilation);
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Select(d => d.ToString(null))));
        return host.Files["P.schedule.json"];
    }

    [Fact]
    public void Imported_declarations_are_in_the_schedule()
    {
        var root = ScheduleEmit.Parse(Emit("/specs", Catalogue));

        Assert.Equal("wait", root.GetProperty("indicators")[0].GetProperty("name").GetString());
        Assert.Equal("A", root.GetProperty("sites")[0].GetProperty("name").GetString());
        var window = root.GetProperty("measurements").GetProperty("windows")[0];
        Assert.Equal(["A"], window.GetProperty("sites").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(3, window.GetProperty("due")[0].GetProperty("count").GetInt32());
    }

    [Fact]
    public void The_schedule_does_not_depend_on_where_the_files_are_or_their_line_ends()
    {
        Assert.Equal(Emit("/specs", Catalogue), Emit("/home/other/place", Catalogue.Replace("\n", "\r\n")));
    }
}
