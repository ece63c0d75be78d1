using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;

namespace PilotSpec.Monitoring;

/// <summary>
/// Reads the pilot model: the JSON form of everything a monitor knows of a spec (sites, site
/// sets, indicators with their per-site baselines and compound targets, evaluations and alerts
/// with their conditions as <see cref="Expr"/> trees), which the compiler writes. A generated
/// monitor embeds it and <c>pilotc evaluate</c> builds it in memory, so both evaluate through
/// the same definition and interpreter. The format is documented in <c>docs/schemas/pilot-model.schema.json</c>.
/// </summary>
public static class PilotModel
{
    /// <summary>The format version this reader understands.</summary>
    public const int Version = 1;

    /// <summary>
    /// Builds the definition of a model stored compressed: its UTF-8 text deflated (RFC 1951) and
    /// written in base64, in parts that each decode alone (their lengths are multiples of four).
    /// A large pilot's monitor embeds its model so: as plain string literals, a national
    /// programme's model passed the 16 MB that .NET metadata allows for all of an assembly's strings.
    /// </summary>
    /// <exception cref="FormatException">The parts are not base64 of deflated text, or the text is not a pilot model this reader understands.</exception>
    public static PilotDefinition ReadDeflated(IReadOnlyList<string> base64Parts)
    {
        if (base64Parts is null)
        {
            throw new ArgumentNullException(nameof(base64Parts));
        }

        using var deflated = new System.IO.MemoryStream();
        foreach (var part in base64Parts)
        {
            var bytes = Convert.FromBase64String(part);
            deflated.Write(bytes, 0, bytes.Length);
        }

        deflated.Position = 0;
        string json;
        try
        {
            using var inflate = new System.IO.Compression.DeflateStream(deflated, System.IO.Compression.CompressionMode.Decompress);
            using var reader = new System.IO.StreamReader(inflate, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
            json = reader.ReadToEnd();
        }
        catch (Exception e) when (e is System.IO.InvalidDataException or System.Text.DecoderFallbackException)
        {
            throw new FormatException("The pilot model is not deflated UTF-8 text: " + e.Message, e);
        }

        return Read(json);
    }

    /// <summary>Builds the definition a model describes.</summary>
    /// <exception cref="FormatException">The text is not a pilot model this reader understands.</exception>
    public static PilotDefinition Read(string json)
    {
        if (json is null)
        {
            throw new ArgumentNullException(nameof(json));
        }

        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 256 });
            return new Reader(document.RootElement).Definition();
        }
        catch (JsonException e)
        {
            throw new FormatException("The pilot model is not valid JSON: " + e.Message, e);
        }
        catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException or ArgumentException)
        {
            throw new FormatException("The pilot model is malformed: " + e.Message, e);
        }
    }

    private sealed class Reader
    {
        private readonly JsonElement _root;
        private readonly Dictionary<string, Site> _sites = new Dictionary<string, Site>(StringComparer.Ordinal);
        private readonly Dictionary<string, IReadOnlyList<Site>> _sets = new Dictionary<string, IReadOnlyList<Site>>(StringComparer.Ordinal);
        private readonly Dictionary<string, IndicatorDefinition> _indicators = new Dictionary<string, IndicatorDefinition>(StringComparer.Ordinal);

        public Reader(JsonElement root) => _root = root;

        public PilotDefinition Definition()
        {
            if (_root.GetProperty("version").GetInt32() != Version)
            {
                throw new ArgumentException("version " + _root.GetProperty("version").GetRawText() + " is not " + Version.ToString(CultureInfo.InvariantCulture) + ".");
            }

            var sites = new List<Site>();
            foreach (var element in _root.GetProperty("sites").EnumerateArray())
            {
                var attributes = new Dictionary<string, decimal>(StringComparer.Ordinal);
                if (element.TryGetProperty("attributes", out var numbers))
                {
                    foreach (var attribute in numbers.EnumerateObject())
                    {
                        attributes.Add(attribute.Name, attribute.Value.GetDecimal());
                    }
                }

                var site = new Site(
                    element.GetProperty("code").GetString()!,
                    OptionalString(element, "title"),
                    OptionalString(element, "role") == "comparison" ? SiteRole.Comparison : SiteRole.Pilot,
                    OptionalString(element, "parent"),
                    attributes);
                _sites.Add(site.Code, site);
                sites.Add(site);
            }

            if (_root.TryGetProperty("siteSets", out var sets))
            {
                foreach (var set in sets.EnumerateObject())
                {
                    _sets.Add(set.Name, set.Value.EnumerateArray().Select(code => SiteOf(code.GetString()!)).ToArray());
                }
            }

            var indicators = new List<IndicatorDefinition>();
            foreach (var element in _root.GetProperty("indicators").EnumerateArray())
            {
                var indicator = Indicator(element);
                _indicators.Add(indicator.Name, indicator);
                indicators.Add(indicator);
            }

            // Formulas name indicators declared anywhere in the spec: read once all exist.
            foreach (var element in _root.GetProperty("indicators").EnumerateArray())
            {
                if (element.TryGetProperty("formula", out var formula) && formula.ValueKind == JsonValueKind.Object)
                {
                    _indicators[element.GetProperty("name").GetString()!].SetFormula(Expression(formula));
                }
            }

            var evaluations = _root.GetProperty("evaluations").EnumerateArray().Select(Evaluation).ToList();
            var alerts = _root.GetProperty("alerts").EnumerateArray().Select(Alert).ToList();
            var pilot = _root.GetProperty("pilot");
            return new PilotDefinition(
                pilot.GetProperty("name").GetString()!,
                OptionalString(pilot, "title"),
                sites,
                indicators,
                evaluations,
                alerts,
                OptionalString(pilot, "owner"),
                OptionalString(pilot, "sponsor"),
                OptionalString(pilot, "problem"),
                OptionalDate(pilot, "start"),
                OptionalDate(pilot, "end"));
        }

        private IndicatorDefinition Indicator(JsonElement element)
        {
            var targets = element.TryGetProperty("targets", out var parts)
                ? parts.EnumerateArray().Select(p => new TargetDefinition(TargetKindOf(p.GetProperty("kind").GetString()), p.GetProperty("amount").GetDecimal(), OptionalDate(p, "deadline"))).ToList()
                : new List<TargetDefinition>();
            var siteBaselines = new Dictionary<string, decimal>(StringComparer.Ordinal);
            if (element.TryGetProperty("siteBaselines", out var stated))
            {
                foreach (var baseline in stated.EnumerateObject())
                {
                    siteBaselines.Add(SiteOf(baseline.Name).Code, baseline.Value.GetDecimal());
                }
            }

            var baselineValue = OptionalDecimal(element, "baseline");
            var first = targets.Count > 0 ? targets[0].LevelFrom(baselineValue) : null;
            return new IndicatorDefinition(
                element.GetProperty("name").GetString()!,
                OptionalString(element, "title"),
                OptionalString(element, "unit"),
                OptionalString(element, "direction") switch
                {
                    "higher" => Direction.HigherIsBetter,
                    "lower" => Direction.LowerIsBetter,
                    _ => Direction.Unspecified,
                },
                baselineValue,
                OptionalDate(element, "baselineDate"),
                first,
                targets.Count > 0 ? targets[0].Deadline : null,
                OptionalString(element, "frequency") is { } frequency ? PeriodOf(frequency) : null,
                targets,
                siteBaselines,
                element.TryGetProperty("staleAfter", out var stale) && stale.ValueKind == JsonValueKind.Number ? stale.GetInt32() : null,
                element.TryGetProperty("rollUp", out var rollUp) && rollUp.ValueKind == JsonValueKind.Object ? RollUpOf(rollUp) : null,
                element.TryGetProperty("grades", out var grades) && grades.ValueKind == JsonValueKind.Object ? GradesOf(grades, OptionalString(element, "direction") == "lower") : null,
                OptionalDecimal(element, "lowest"),
                OptionalDecimal(element, "highest"));
        }

        private EvaluationDefinition Evaluation(JsonElement element) => new EvaluationDefinition(
            element.GetProperty("name").GetString()!,
            OptionalString(element, "title"),
            OptionalDate(element, "date"),
            element.GetProperty("criteria").EnumerateArray().Select(c => new Criterion(c.GetProperty("text").GetString()!, Expression(c.GetProperty("condition")))),
            element.GetProperty("rules").EnumerateArray().Select(r => new DecisionRule(DecisionOf(r.GetProperty("decision").GetString()), r.GetProperty("text").GetString()!, Expression(r.GetProperty("condition")))),
            OptionalString(element, "otherwise") is { } otherwise ? DecisionOf(otherwise) : null,
            element.TryGetProperty("methods", out var methods) ? methods.EnumerateArray().Select(m => m.GetString()!) : null,
            element.TryGetProperty("pilotSites", out var treated) ? SetOf(treated.GetString()!) : null,
            element.TryGetProperty("comparisonSites", out var comparison) ? SetOf(comparison.GetString()!) : null,
            element.TryGetProperty("window", out var window) && window.ValueKind == JsonValueKind.Object ? WindowOf(window) : null,
            element.TryGetProperty("consequences", out var consequences) ? consequences.EnumerateArray().Select(Consequence) : null,
            element.TryGetProperty("wedge", out var wedge) && wedge.ValueKind == JsonValueKind.Array ? WedgeOf(wedge) : null);

        // `"wedge": [ { "sites": ["a", "b"], "start": "2024-01-01", "exposedFrom": "2024-02-01", "end": "2024-06-30" }, ... ]`:
        // the stepped-wedge roll-out's waves in the order they enter, with the dates the schedule resolved.
        private SteppedWedgeDesign WedgeOf(JsonElement element) => new SteppedWedgeDesign(element.EnumerateArray().Select(step => new WedgeStep(
            step.GetProperty("sites").EnumerateArray().Select(code => SiteOf(code.GetString()!)),
            OptionalDate(step, "start") ?? throw new ArgumentException("a wedge step needs its start."),
            OptionalDate(step, "exposedFrom") ?? throw new ArgumentException("a wedge step needs the day it is exposed from."),
            OptionalDate(step, "end"))));

        // `"window": { "last": 4, "unit": "quarter" }` or `{ "from": "2019-01-01", "to": "2019-12-31" }`.
        private static EvaluationWindow WindowOf(JsonElement element) =>
            element.TryGetProperty("last", out var last)
                ? EvaluationWindow.Last(last.GetInt32(), PeriodOf(element.GetProperty("unit").GetString()!))
                : EvaluationWindow.Between(OptionalDate(element, "from") ?? throw new ArgumentException("a window needs 'last' or 'from'."), OptionalDate(element, "to"));

        // A consequence's condition is a quantified expression: its sites, and the condition at one.
        private Consequence Consequence(JsonElement element) => new Consequence(
            element.GetProperty("text").GetString()!,
            element.GetProperty("when").GetString()!,
            Expression(element.GetProperty("condition")) as QuantifiedExpr ?? throw new ArgumentException("a consequence's condition names its sites."));

        private IReadOnlyList<Site> SetOf(string name) =>
            _sets.TryGetValue(name, out var sites) ? sites : throw new ArgumentException("unknown site set '" + name + "'.");

        private AlertDefinition Alert(JsonElement element)
        {
            var notify = element.GetProperty("notify").EnumerateArray().Select(n => n.GetString()!).ToList();
            var condition = element.TryGetProperty("condition", out var c) && c.ValueKind != JsonValueKind.Null
                ? Expression(c)
                : new ConstantExpr(false); // no `when:`: the alert never fires
            return new AlertDefinition(
                element.GetProperty("name").GetString()!,
                OptionalString(element, "title"),
                OptionalString(element, "text") ?? string.Empty,
                notify,
                OptionalString(element, "severity"),
                condition);
        }

        private Expr Expression(JsonElement element)
        {
            var kind = element.GetProperty("kind").GetString();
            switch (kind)
            {
                case "number":
                    return new ConstantExpr(element.GetProperty("value").GetDecimal());
                case "date":
                    return new ConstantExpr(ParseDate(element.GetProperty("value").GetString()!));
                case "text":
                    return new ConstantExpr(element.GetProperty("value").GetString());
                case "bool":
                    return new ConstantExpr(element.GetProperty("value").GetBoolean());
                case "unknown":
                    return new ConstantExpr(null);
                case "indicator":
                    return new IndicatorExpr(IndicatorOf(element.GetProperty("indicator").GetString()!), MemberOf(element.GetProperty("member").GetString()));
                case "not":
                    return new UnaryExpr(UnaryOperator.Not, Expression(element.GetProperty("operand")));
                case "negate":
                    return new UnaryExpr(UnaryOperator.Negate, Expression(element.GetProperty("operand")));
                case "binary":
                    return new BinaryExpr(BinaryOf(element.GetProperty("operator").GetString()), Expression(element.GetProperty("left")), Expression(element.GetProperty("right")));
                case "quantified":
                    return new QuantifiedExpr(
                        QuantifierOf(element.GetProperty("quantifier").GetString()),
                        OptionalDecimal(element, "amount"),
                        SitesOf(element),
                        OptionalString(element, "scope"),
                        Expression(element.GetProperty("body")));
                case "sustained":
                    return new SustainedExpr(
                        element.GetProperty("periods").GetInt32(),
                        PeriodOf(element.GetProperty("unit").GetString()!),
                        element.GetProperty("indicators").EnumerateArray().Select(i => IndicatorOf(i.GetString()!)),
                        element.TryGetProperty("set", out _) || element.TryGetProperty("sites", out _) ? SitesOf(element) : null,
                        Expression(element.GetProperty("body")));
                case "criteria":
                    return new CriteriaCountExpr(element.GetProperty("count").GetString() switch
                    {
                        "all" => CriteriaCount.All,
                        "any" => CriteriaCount.Any,
                        "none" => CriteriaCount.None,
                        var other => throw new ArgumentException("unknown criteria count '" + other + "'."),
                    });
                default:
                    throw new ArgumentException("unknown expression kind '" + kind + "'.");
            }
        }

        // A quantifier names a shared set (`"set": "pilot"`) or lists its sites (`"sites": ["东城区"]`).
        private IReadOnlyList<Site> SitesOf(JsonElement element)
        {
            if (element.TryGetProperty("set", out var set))
            {
                return _sets.TryGetValue(set.GetString()!, out var sites) ? sites : throw new ArgumentException("unknown site set '" + set.GetString() + "'.");
            }

            return element.GetProperty("sites").EnumerateArray().Select(s => SiteOf(s.GetString()!)).ToArray();
        }

        private Site SiteOf(string code) => _sites.TryGetValue(code, out var site) ? site : throw new ArgumentException("unknown site '" + code + "'.");

        private IndicatorDefinition IndicatorOf(string name) =>
            _indicators.TryGetValue(name, out var indicator) ? indicator : throw new ArgumentException("unknown indicator '" + name + "'.");

        private static string? OptionalString(JsonElement element, string name) =>
            element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

        private static decimal? OptionalDecimal(JsonElement element, string name) =>
            element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number ? value.GetDecimal() : null;

        private static DateTime? OptionalDate(JsonElement element, string name) =>
            OptionalString(element, name) is { } text ? ParseDate(text) : null;

        private static DateTime ParseDate(string text) =>
            DateTime.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None);

        private static RollUp RollUpOf(JsonElement element) => new RollUp(
            element.GetProperty("kind").GetString() switch
            {
                "sum" => RollUpKind.Sum,
                "mean" => RollUpKind.Mean,
                "weighted_mean" => RollUpKind.WeightedMean,
                var other => throw new ArgumentException("unknown roll-up '" + other + "'."),
            },
            OptionalString(element, "weight"));

        // `"grades": { "roundTo": 0, "bands": [ { "name": "优", "from": 90 }, …, { "name": "差" } ] }`
        // The best band follows the indicator's direction: the lowest bounds are best where lower is better.
        private static GradeScale GradesOf(JsonElement element, bool lowerIsBetter) => new GradeScale(
            element.GetProperty("bands").EnumerateArray().Select(b => new GradeBand(b.GetProperty("name").GetString()!, OptionalDecimal(b, "from"))),
            element.TryGetProperty("roundTo", out var places) && places.ValueKind == JsonValueKind.Number ? places.GetInt32() : null,
            lowerIsBetter);

        private static TargetKind TargetKindOf(string? kind) => kind switch
        {
            "level" => TargetKind.Level,
            "relative" => TargetKind.RelativeChange,
            "change" => TargetKind.Change,
            _ => throw new ArgumentException("unknown target kind '" + kind + "'."),
        };

        private static Decision DecisionOf(string? decision) => decision switch
        {
            "scale_up" => Decision.ScaleUp,
            "adjust" => Decision.Adjust,
            "extend" => Decision.Extend,
            "terminate" => Decision.Terminate,
            _ => throw new ArgumentException("unknown decision '" + decision + "'."),
        };

        private static PeriodUnit PeriodOf(string period) => period switch
        {
            "day" => PeriodUnit.Day,
            "week" => PeriodUnit.Week,
            "month" => PeriodUnit.Month,
            "quarter" => PeriodUnit.Quarter,
            "half_year" => PeriodUnit.HalfYear,
            "year" => PeriodUnit.Year,
            _ => throw new ArgumentException("unknown period '" + period + "'."),
        };

        private static ValueMember MemberOf(string? member) => member switch
        {
            "latest" => ValueMember.Latest,
            "mean" => ValueMember.Mean,
            "trend" => ValueMember.Trend,
            "relative_trend" => ValueMember.RelativeTrend,
            "change" => ValueMember.Change,
            "relative_change" => ValueMember.RelativeChange,
            "baseline" => ValueMember.Baseline,
            "target" => ValueMember.Target,
            "grade" => ValueMember.Grade,
            "effect" => ValueMember.Effect,
            "effect_lower" => ValueMember.EffectLower,
            "effect_upper" => ValueMember.EffectUpper,
            _ => throw new ArgumentException("unknown member '" + member + "'."),
        };

        private static Quantifier QuantifierOf(string? quantifier) => quantifier switch
        {
            "all" => Quantifier.All,
            "any" => Quantifier.Any,
            "share" => Quantifier.Share,
            "count" => Quantifier.Count,
            _ => throw new ArgumentException("unknown quantifier '" + quantifier + "'."),
        };

        private static BinaryOperator BinaryOf(string? op) => op switch
        {
            "+" => BinaryOperator.Add,
            "-" => BinaryOperator.Subtract,
            "*" => BinaryOperator.Multiply,
            "/" => BinaryOperator.Divide,
            "<" => BinaryOperator.Less,
            "<=" => BinaryOperator.LessOrEqual,
            ">" => BinaryOperator.Greater,
            ">=" => BinaryOperator.GreaterOrEqual,
            "==" => BinaryOperator.Equal,
            "!=" => BinaryOperator.NotEqual,
            "and" => BinaryOperator.And,
            "or" => BinaryOperator.Or,
            _ => throw new ArgumentException("unknown operator '" + op + "'."),
        };
    }
}
