using System.Text.Json;
using PilotSpec.Monitoring;
using PilotSpec.Monitoring.Design;

namespace PilotSpec.Cli.Power;

/// <summary>The design diagnosis as JSON, following docs/schemas/power.schema.json (`pilotc schema power`).</summary>
public static class PowerJsonWriter
{
    public static void Write(Stream stream, PilotDefinition pilot, PowerAssumptions assumptions, IReadOnlyList<EvaluationPower> evaluations)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteString("pilot", pilot.Name);
        json.WriteStartObject("assumptions");
        json.WriteNumber("variation", assumptions.Variation);
        json.WriteNumber("correlation", assumptions.Correlation);
        json.WriteNumber("significance", MinimumDetectableEffect.Significance);
        json.WriteNumber("power", MinimumDetectableEffect.Power);
        json.WriteStartObject("spreads");
        foreach (var (name, spread) in assumptions.KnownSpreads.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            json.WriteNumber(name, spread);
        }

        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartArray("evaluations");
        foreach (var evaluation in evaluations)
        {
            WriteEvaluation(json, evaluation);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteEvaluation(Utf8JsonWriter json, EvaluationPower evaluation)
    {
        var definition = evaluation.Evaluation;
        json.WriteStartObject();
        json.WriteString("name", definition.Name);
        if (definition.Title is { } title)
        {
            json.WriteString("title", title);
        }
        else
        {
            json.WriteNull("title");
        }

        json.WriteStartArray("methods");
        foreach (var method in definition.Methods)
        {
            json.WriteStringValue(method);
        }

        json.WriteEndArray();
        json.WriteBoolean("compares", evaluation.Compares);
        var wedge = definition.EstimatedWedge;
        json.WriteNumber("pilotSites", wedge?.SitesInOrder.Count ?? definition.PilotSites.Count);
        json.WriteNumber("comparisonSites", wedge is null ? definition.ComparisonSites.Count : 0);
        json.WriteStartArray("waves");
        foreach (var step in wedge?.Steps ?? [])
        {
            json.WriteNumberValue(step.Sites.Count);
        }

        json.WriteEndArray();
        json.WriteStartArray("indicators");
        foreach (var indicator in evaluation.Indicators)
        {
            WriteIndicator(json, indicator);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteIndicator(Utf8JsonWriter json, IndicatorPower power)
    {
        json.WriteStartObject();
        json.WriteString("indicator", power.Indicator.Name);
        Nullable(json, "spread", power.Spread);
        json.WriteString("spreadSource", power.Spread is null ? "none" : power.SpreadGiven ? "given" : "baseline");
        Nullable(json, "spreadOfChange", power.SpreadOfChange);
        Nullable(json, "mde", power.MinimumDetectableEffect);
        if (power.MinimumDetectableEffect is null)
        {
            json.WriteNull("computed");
        }
        else
        {
            json.WriteString("computed", power.Simulated ? "simulation" : "formula");
        }

        Nullable(json, "targetChange", power.TargetChange);
        json.WriteString("verdict", power.Verdict switch
        {
            PowerVerdict.Enough => "enough",
            PowerVerdict.TooFewSites => "too_few_sites",
            PowerVerdict.NoTarget => "no_target",
            _ => "not_estimable",
        });
        if (power.SitesNeeded is var (pilot, comparison))
        {
            json.WriteStartObject("sitesNeeded");
            json.WriteNumber("pilot", pilot);
            json.WriteNumber("comparison", comparison);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("sitesNeeded");
        }

        json.WriteEndObject();
    }

    private static void Nullable(Utf8JsonWriter json, string name, double? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, Math.Round(v, 6));
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
