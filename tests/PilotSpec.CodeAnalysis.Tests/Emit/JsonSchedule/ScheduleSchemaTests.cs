using System.Text.Json.Nodes;
using PilotSpec.CodeAnalysis.Configuration;
using PilotSpec.CodeAnalysis.Tests.TestSupport;

namespace PilotSpec.CodeAnalysis.Tests.Emit.JsonSchedule;

/// <summary>
/// The schema is strict enough to catch a drifting emitter: each test breaks a valid
/// schedule in one way and expects a violation (so the example validations can fail).
/// </summary>
public sealed class ScheduleSchemaTests
{
    private static JsonNode Valid() => JsonNode.Parse(ScheduleEmit.Json(Examples.Read("policing-reform.pilot"), "policing-reform.pilot"))!;

    public static TheoryData<string, Action<JsonNode>> Breakages => new()
    {
        { "unknown top-level property", root => root["generatedAt"] = "2024-01-01T00:00:00Z" },
        { "unknown pilot property", root => root["pilot"]!["colour"] = "red" },
        { "missing section", root => root.AsObject().Remove("measurements") },
        { "missing required field", root => root["indicators"]![0]!.AsObject().Remove("frequency") },
        { "wrong version", root => root["version"] = 1 },
        { "date with a time", root => root["pilot"]!["start"] = "2019-03-01T00:00:00" },
        { "impossible date", root => root["phases"]![0]!["start"] = "2019-02-30" },
        { "unknown target kind", root => root["indicators"]![0]!["target"]!["kind"] = "percent" },
        { "unknown expression kind", root => root["evaluations"]![0]!["criteria"]![0]!["expression"]!["kind"] = "magic" },
        { "extra field in an expression", root => root["evaluations"]![0]!["criteria"]![0]!["expression"]!["condition"]!["left"]!["site"] = "东城区" },
        { "number as a string", root => root["indicators"]![0]!["weight"] = "0.4" },
        { "site list instead of steps", root => root["phases"]![0]!["sites"] = new JsonArray() },
        { "negative due count", root => root["measurements"]!["windows"]![0]!["due"]![0]!["count"] = -1 },
        { "due dates listed", root => root["measurements"]!["windows"]![0]!["due"]![0]!["dates"] = new JsonArray("2019-04-01") },
        { "quantifier with its site list", root => FirstOfKind(root, "quantified")!["sites"] = new JsonArray("东城区") },
        { "unknown decision", root => root["evaluations"]![0]!["otherwise"] = "abandon" },
    };

    private static JsonObject? FirstOfKind(JsonNode? node, string kind) => node switch
    {
        JsonObject o when (string?)o["kind"] == kind => o,
        JsonObject o => o.Select(p => FirstOfKind(p.Value, kind)).FirstOrDefault(found => found is not null),
        JsonArray a => a.Select(e => FirstOfKind(e, kind)).FirstOrDefault(found => found is not null),
        _ => null,
    };

    [Fact]
    public void The_unbroken_schedule_is_valid() => ScheduleSchema.AssertValid(Valid().ToJsonString());

    [Theory]
    [MemberData(nameof(Breakages))]
    public void A_broken_schedule_is_rejected(string breakage, Action<JsonNode> breakIt)
    {
        var root = Valid();
        breakIt(root);

        Assert.True(ScheduleSchema.Violations(root.ToJsonString()).Count > 0, $"The schema accepted a schedule with {breakage}.");
    }

    [Fact]
    public void The_shipped_schema_is_the_file_in_docs()
    {
        var file = Repository.ReadText("docs", "schemas", "schedule.schema.json");

        Assert.Equal(file.Replace("\r\n", "\n"), EmbeddedSchemas.Read("schedule.schema.json").Replace("\r\n", "\n"));
    }
}
