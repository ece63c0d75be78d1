using System.Text.Json;
using PilotSpec.CodeAnalysis.Emit;
using PilotSpec.CodeAnalysis.Syntax;

namespace PilotSpec.CodeAnalysis.Tests.Emit.JsonSchedule;

/// <summary>Compiles spec text and emits it through memory, the way `pilotc build` does.</summary>
internal static class ScheduleEmit
{
    public static PilotCompilation Compile(string text, string path = "test.pilot") =>
        PilotCompilation.Create([SyntaxTree.ParseText(text, path)]);

    /// <summary>Emits with the default emitters; returns the host (all files) and the result.</summary>
    public static (InMemoryOutputHost Host, EmitResult Result) Emit(PilotCompilation compilation)
    {
        var host = new InMemoryOutputHost();
        var result = compilation.Emit(host);
        return (host, result);
    }

    /// <summary>The schedule JSON of a spec that must compile without errors.</summary>
    public static string Json(string text, string path = "test.pilot")
    {
        var compilation = Compile(text, path);
        var (host, result) = Emit(compilation);
        Assert.True(result.Success, "The spec has errors:\n" + string.Join("\n", result.Diagnostics.Select(d => d.ToString(null))));
        var name = OutputNames.Schedule(compilation.Program.Pilot!.Name);
        Assert.True(host.Files.ContainsKey(name), $"{name} was not written; files: {string.Join(", ", host.Files.Keys)}");
        return host.Files[name];
    }

    public static JsonElement Parse(string json) => JsonDocument.Parse(json).RootElement.Clone();
}
