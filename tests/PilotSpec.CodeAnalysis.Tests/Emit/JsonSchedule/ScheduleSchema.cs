using System.Text.Json;
using Json.Schema;
using PilotSpec.CodeAnalysis.Configuration;

namespace PilotSpec.CodeAnalysis.Tests.Emit.JsonSchedule;

/// <summary>
/// docs/schemas/schedule.schema.json as the compiler ships it (embedded), loaded once: the
/// schema registers its `$id`, and a second instance with the same id would clash.
/// </summary>
internal static class ScheduleSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() => JsonSchema.FromText(EmbeddedSchemas.Read("schedule.schema.json")));

    public static string Id => JsonDocument.Parse(EmbeddedSchemas.Read("schedule.schema.json")).RootElement.GetProperty("$id").GetString()!;

    /// <summary>Every violation, one per line (empty when valid); formats (dates) are asserted, not just annotated.</summary>
    public static IReadOnlyList<string> Violations(string json)
    {
        using var document = JsonDocument.Parse(json);
        var options = new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true };
        var results = Schema.Value.Evaluate(document.RootElement, options);
        if (results.IsValid)
        {
            return [];
        }

        return (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}"))
            .DefaultIfEmpty("invalid (no details)")
            .ToList();
    }

    public static void AssertValid(string json)
    {
        var violations = Violations(json);
        Assert.True(violations.Count == 0, "Schema violations:\n" + string.Join("\n", violations.Take(40)));
    }
}
