using PilotSpec.Cli.Tests.Infrastructure;

namespace PilotSpec.Cli.Tests.EndToEnd;

/// <summary>`pilotc schema schedule|config`: prints the shipped docs/schemas files exactly.</summary>
public sealed class SchemaCommandTests
{
    [Fact]
    public void Config_prints_the_pilotspec_json_schema()
    {
        var result = Pilotc.Run(AppContext.BaseDirectory, "schema", "config");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(Normalise(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "schemas", "pilotspec.config.schema.json"))), Normalise(result.StdOut));
        System.Text.Json.JsonDocument.Parse(result.StdOut).Dispose();
    }

    [Fact]
    public void Schedule_prints_the_schedule_schema()
    {
        // The build embeds every docs/schemas/*.schema.json (PilotSpec.CodeAnalysis.csproj).
        var file = Path.Combine(RepositoryRoot.Path, "docs", "schemas", "schedule.schema.json");

        var result = Pilotc.Run(AppContext.BaseDirectory, "schema", "schedule");

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Equal(Normalise(File.ReadAllText(file)), Normalise(result.StdOut));
        System.Text.Json.JsonDocument.Parse(result.StdOut).Dispose();
    }

    [Fact]
    public void An_unknown_schema_is_a_usage_error()
    {
        var result = Pilotc.Run(AppContext.BaseDirectory, "schema", "monitor");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("Run 'pilotc --help' for usage.", result.StdErr);
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n").TrimEnd('\n');
}
