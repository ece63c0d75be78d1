using System.Text.Encodings.Web;
using System.Text.Json;
using PilotSpec.Monitoring;
using PilotSpec.Store.Intake;

namespace PilotSpec.Cli.Evaluation;

/// <summary>
/// <c>pilotc evaluate --format json</c>, following docs/schemas/evaluation.schema.json
/// (<c>pilotc schema evaluation</c>): words in JSON are the spec's (<c>scale_up</c>,
/// <c>not_met</c>), never translated; names are the declared ones.
/// </summary>
public static class EvaluationJsonWriter
{
    public const int Version = 1;

    public static void Write(Stream stream, EvaluationReport report)
    {
        using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        json.WriteStartObject();
        json.WriteNumber("version", Version);
        json.WriteString("pilot", report.Pilot.Name);
        if (report.AsOf is { } asOf)
        {
            json.WriteString("asOf", EvaluationTexts.Date(asOf));
        }
        else
        {
            json.WriteNull("asOf");
        }

        json.WriteString("today", EvaluationTexts.Date(report.Today));
        WriteObservations(json, report);
        json.WriteStartArray("evaluations");
        foreach (var outcome in report.Evaluations)
        {
            WriteEvaluation(json, outcome);
        }

        json.WriteEndArray();
        WriteAlerts(json, report);
        json.WriteEndObject();
    }

    // Utf8JsonWriter keeps everything in its buffer until flushed: a national programme's report
    // (3,000 sites x 100 criteria, about 100 MB) would sit in memory whole, twice while it grows.
    private static void FlushWhenFull(Utf8JsonWriter json)
    {
        if (json.BytesPending > 1 << 20)
        {
            json.Flush();
        }
    }

    private static void WriteObservations(Utf8JsonWriter json, EvaluationReport report)
    {
        json.WriteStartObject("observations");
        json.WriteStartArray("files");
        foreach (var file in report.Files)
        {
            json.WriteStringValue(file);
        }

        json.WriteEndArray();
        if (report.Data.Store is { } store)
        {
            json.WriteString("store", store);
            json.WriteNumber("outsideSpec", report.Data.OutsideSpec);
        }

        json.WriteNumber("accepted", report.Accepted);
        json.WriteStartArray("refused");
        foreach (var row in report.Refused)
        {
            json.WriteStartObject();
            json.WriteString("file", row.File);
            json.WriteNumber("line", row.Line);
            json.WriteString("problem", ProblemWord(row.Problem));
            json.WriteString("detail", row.Detail);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteEvaluation(Utf8JsonWriter json, EvaluationOutcome outcome)
    {
        var evaluation = outcome.Evaluation;
        json.WriteStartObject();
        json.WriteString("name", evaluation.Name);
        NullableString(json, "title", evaluation.Title);
        NullableDate(json, "scheduledDate", evaluation.ScheduledDate);
        json.WriteString("status", outcome.Status switch
        {
            EvaluationStatus.Evaluated => "evaluated",
            EvaluationStatus.Pending => "pending",
            _ => "unscheduled",
        });
        json.WriteStartArray("methods");
        foreach (var method in evaluation.Methods)
        {
            json.WriteStringValue(method);
        }

        json.WriteEndArray();
        if (outcome.Result is not { } result)
        {
            NullableDate(json, "asOf", outcome.Date);
            json.WriteNull("decision");
            json.WriteStartArray("criteria");
            foreach (var criterion in evaluation.Criteria)
            {
                json.WriteStartObject();
                json.WriteString("text", criterion.Text);
                json.WriteNull("outcome");
                json.WriteStartArray("sites");
                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
            return;
        }

        json.WriteString("asOf", EvaluationTexts.Date(result.AsOf));
        if (evaluation.Window is { } window)
        {
            json.WriteStartObject("window");
            json.WriteString("from", EvaluationTexts.Date(window.StartFor(result.AsOf)));
            json.WriteString("to", EvaluationTexts.Date(window.EndFor(result.AsOf)));
            json.WriteEndObject();
        }

        json.WriteString("decision", EvaluationTexts.DecisionWord(result.Decision));
        NullableString(json, "rule", result.Rule?.Text);
        json.WriteStartArray("possibleDecisions");
        foreach (var possible in result.PossibleDecisions)
        {
            json.WriteStringValue(EvaluationTexts.DecisionWord(possible));
        }

        json.WriteEndArray();
        json.WriteStartArray("criteria");
        foreach (var criterion in result.Criteria)
        {
            WriteCriterion(json, criterion);
        }

        json.WriteEndArray();
        WriteGaps(json, "missing", result.Gaps);
        json.WriteStartArray("effects");
        foreach (var effect in result.Effects)
        {
            json.WriteStartObject();
            json.WriteString("indicator", effect.Indicator.Name);
            json.WriteString("method", effect.Method);
            NullableNumber(json, "effect", effect.Effect);
            NullableNumber(json, "lower", effect.Lower);
            NullableNumber(json, "upper", effect.Upper);
            json.WriteString("interval", effect.Lower is null ? "none" : effect.Method == EffectEstimate.SteppedWedgeMethod ? "jackknife_t_95" : "welch_t_95");
            json.WriteNumber("sites", effect.PilotSites + effect.ComparisonSites);
            json.WriteNumber("pilotSites", effect.PilotSites);
            json.WriteNumber("comparisonSites", effect.ComparisonSites);
            json.WriteNumber("observations", effect.Observations);
            json.WriteBoolean("partial", effect.IsPartial);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteConsequences(json, result.Consequences);
        json.WriteEndObject();
    }

    // Per-site consequences: where each applies, and where missing data leaves it open.
    private static void WriteConsequences(Utf8JsonWriter json, IReadOnlyList<ConsequenceResult> consequences)
    {
        json.WriteStartArray("consequences");
        foreach (var consequence in consequences)
        {
            json.WriteStartObject();
            json.WriteString("text", consequence.Consequence.Text);
            json.WriteString("when", consequence.Consequence.ConditionText);
            json.WriteStartArray("sites");
            foreach (var site in consequence.AppliesTo)
            {
                json.WriteStringValue(site.Code);
            }

            json.WriteEndArray();
            json.WriteStartArray("undetermined");
            foreach (var site in consequence.Undetermined)
            {
                json.WriteStringValue(site.Code);
            }

            json.WriteEndArray();
            WriteGaps(json, "missing", consequence.Gaps);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteCriterion(Utf8JsonWriter json, CriterionResult criterion)
    {
        json.WriteStartObject();
        json.WriteString("text", criterion.Criterion.Text);
        json.WriteString("outcome", EvaluationTexts.OutcomeWord(criterion.Outcome));
        json.WriteStartArray("sites");
        foreach (var site in criterion.Sites)
        {
            FlushWhenFull(json);
            json.WriteStartObject();
            json.WriteString("site", site.Site.Code);
            json.WriteString("outcome", EvaluationTexts.OutcomeWord(site.Outcome));
            NullableString(json, "indicator", site.Indicator?.Name);
            NullableNumber(json, "value", site.Value);
            NullableNumber(json, "baseline", site.Baseline.Value);
            json.WriteString("baselineSource", site.Baseline.Source.ToString().ToLowerInvariant());
            NullableNumber(json, "change", site.Change);
            json.WriteBoolean("stale", site.IsStale);
            if (site.Indicator?.Grades is not null)
            {
                NullableString(json, "grade", site.Grade?.Name);
            }

            if (site.Summary is { } summary)
            {
                json.WriteStartObject("summary");
                json.WriteString("of", EvaluationTexts.SummaryWord(summary.Member));
                NullableNumber(json, "value", summary.Value);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        WriteGaps(json, "missing", criterion.Gaps);
        json.WriteEndObject();
    }

    private static void WriteGaps(Utf8JsonWriter json, string name, IReadOnlyList<DataGap> gaps)
    {
        json.WriteStartArray(name);
        foreach (var gap in gaps)
        {
            json.WriteStartObject();
            json.WriteString("indicator", gap.Indicator.Name);
            json.WriteString("site", gap.Site.Code);
            json.WriteString("reason", gap.Kind switch
            {
                DataGapKind.Stale => "stale",
                DataGapKind.NoBaseline => "no_baseline",
                _ => "missing",
            });
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteAlerts(Utf8JsonWriter json, EvaluationReport report)
    {
        json.WriteStartArray("alerts");
        foreach (var alert in report.Alerts)
        {
            json.WriteStartObject();
            json.WriteString("name", alert.Alert.Name);
            NullableString(json, "title", alert.Alert.Title);
            json.WriteString("asOf", EvaluationTexts.Date(alert.AsOf));
            json.WriteString("state", alert.State switch
            {
                true => "fired",
                false => "quiet",
                _ => "unknown",
            });
            json.WriteStartArray("sites");
            foreach (var site in alert.Sites)
            {
                json.WriteStringValue(site.Code);
            }

            json.WriteEndArray();
            json.WriteStartArray("notify");
            foreach (var recipient in alert.Alert.Notify)
            {
                json.WriteStringValue(recipient);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    public static string ProblemWord(RowProblem problem) => problem switch
    {
        RowProblem.BadHeader => "bad_header",
        RowProblem.WrongFieldCount => "wrong_field_count",
        RowProblem.NotUtf8 => "not_utf8",
        RowProblem.MalformedJournalLine => "malformed_journal_line",
        RowProblem.UnknownIndicator => "unknown_indicator",
        RowProblem.UnknownSite => "unknown_site",
        RowProblem.BadDate => "bad_date",
        RowProblem.BadValue => "bad_value",
        RowProblem.OutOfRange or RowProblem.OutsideRange => "out_of_range",
        RowProblem.FutureDate => "future_date",
        _ => "computed_indicator",
    };

    private static void NullableString(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void NullableNumber(Utf8JsonWriter json, string name, decimal? value)
    {
        if (value is { } v)
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void NullableDate(Utf8JsonWriter json, string name, DateTime? date)
    {
        if (date is { } d)
        {
            json.WriteString(name, EvaluationTexts.Date(d));
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
