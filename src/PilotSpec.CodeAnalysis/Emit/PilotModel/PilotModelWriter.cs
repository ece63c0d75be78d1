using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using PilotSpec.CodeAnalysis.Binding;
using PilotSpec.CodeAnalysis.Emit.CSharpMonitor;
using PilotSpec.CodeAnalysis.Scheduling;
using PilotSpec.CodeAnalysis.Types;

namespace PilotSpec.CodeAnalysis.Emit.PilotModel;

/// <summary>
/// Writes the pilot model: the JSON that <c>PilotSpec.Monitoring.PilotModel.Read</c> turns into
/// the definition every evaluation runs on. The generated C# monitor embeds it and
/// <c>pilotc evaluate</c> reads it in memory, so the two cannot disagree: the lowering of the
/// spec's conditions (<see cref="ConditionLowering"/>) and the interpreter are each written once.
/// Values are in each indicator's own unit; targets are kept as written (a level, a relative or
/// an absolute change), to be resolved from each site's own baseline.
/// </summary>
public static class PilotModelWriter
{
    /// <summary>The format version written (the reader's <c>PilotModel.Version</c>).</summary>
    public const int Version = 1;

    // Past this many bytes the writer hands what it has to the stream: the model of a
    // national programme is tens of megabytes, and a monitor streams it on line by line.
    private const int FlushThreshold = 1 << 16;

    /// <summary>The model of <paramref name="pilot"/>, indented, one JSON member per line.</summary>
    public static string Write(PilotSymbol pilot, BoundProgram program, PilotSchedule schedule)
    {
        using var stream = new MemoryStream();
        Write(stream, pilot, program, schedule);
        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n");
    }

    /// <summary>
    /// The model as UTF-8 into <paramref name="output"/>, in pieces of about 64 KiB as it is made
    /// (lines end with the platform's line end: readers of lines drop a "\r").
    /// </summary>
    public static void Write(Stream output, PilotSymbol pilot, BoundProgram program, PilotSchedule schedule)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = false });
        new Writer(json, pilot, program, schedule).Write();
    }

    private sealed class Writer
    {
        private readonly Utf8JsonWriter _json;
        private readonly PilotSymbol _pilot;
        private readonly PilotSchedule _schedule;
        private readonly ImmutableArray<SiteSymbol> _sites;
        private readonly ImmutableArray<SiteSymbol> _pilotSites;
        private readonly ImmutableArray<WaveSymbol> _waves;
        private readonly ImmutableArray<IndicatorSymbol> _indicators;
        private readonly ImmutableArray<EvaluationSymbol> _evaluations;
        private readonly ImmutableArray<AlertSymbol> _alerts;
        private readonly ConditionLowering _lowering;

        // The pilot units a difference-in-differences compares, where they are not every pilot site.
        private readonly System.Collections.Generic.Dictionary<EvaluationSymbol, ImmutableArray<SiteSymbol>> _comparedPilotSites = new();

        public Writer(Utf8JsonWriter json, PilotSymbol pilot, BoundProgram program, PilotSchedule schedule)
        {
            _json = json;
            _pilot = pilot;
            _schedule = schedule;
            _sites = EmittedSymbols.FirstOfEachName(program.Sites);
            _pilotSites = _sites.Where(s => s.Role == SiteRole.Pilot).ToImmutableArray();
            _waves = EmittedSymbols.FirstOfEachName(program.Waves);
            _indicators = EmittedSymbols.FirstOfEachName(program.Indicators);
            _evaluations = EmittedSymbols.FirstOfEachName(program.Evaluations);
            _alerts = EmittedSymbols.FirstOfEachName(program.Alerts);
            _lowering = new ConditionLowering(json, schedule);
            foreach (var evaluation in _evaluations.Where(e => e.ComparedAgainst is WaveSymbol or SiteSymbol))
            {
                var compared = ComparedPilotSites.Of(_pilotSites, evaluation);
                if (compared.Length != _pilotSites.Length)
                {
                    _comparedPilotSites.Add(evaluation, compared);
                }
            }
        }

        private void FlushIfFull()
        {
            if (_json.BytesPending > FlushThreshold)
            {
                _json.Flush();
            }
        }

        public void Write()
        {
            _json.WriteStartObject();
            _json.WriteString("format", "pilotspec-model");
            _json.WriteNumber("version", Version);
            WritePilot();
            WriteSites();
            WriteIndicators();
            WriteEvaluations();
            WriteAlerts();
            _json.WriteEndObject();
        }

        private void WritePilot()
        {
            _json.WriteStartObject("pilot");
            _json.WriteString("name", Text(_pilot.Name));
            OptionalString("title", _pilot.Title);
            OptionalString("owner", _pilot.Owner);
            OptionalString("sponsor", _pilot.Sponsor);
            OptionalString("problem", _pilot.Problem);
            OptionalDate("start", _pilot.Start);
            OptionalDate("end", _pilot.PlannedEnd);
            _json.WriteEndObject();
        }

        private void WriteSites()
        {
            _json.WriteStartArray("sites");
            foreach (var site in _sites)
            {
                _json.WriteStartObject();
                _json.WriteString("code", Text(site.Name));
                OptionalString("title", site.Title);
                _json.WriteString("role", site.Role == SiteRole.Comparison ? "comparison" : "pilot");
                OptionalString("parent", site.ParentSite?.Name);
                WriteNumericAttributes(site);
                _json.WriteEndObject();
                FlushIfFull();
            }

            _json.WriteEndArray();

            // Every set a quantifier can name, each listed once (alerts and criteria refer to them by name).
            _json.WriteStartObject("siteSets");
            WriteSet(ConditionLowering.PilotSitesSet, _pilotSites);
            foreach (var wave in _waves)
            {
                WriteSet(ConditionLowering.SetOf(wave), wave.Sites);
                FlushIfFull();
            }

            // A difference-in-differences sets units like its comparison sites beside them: a set of
            // its own where that is not every pilot site (a city beside its districts, say).
            foreach (var evaluation in _evaluations)
            {
                if (_comparedPilotSites.TryGetValue(evaluation, out var compared))
                {
                    WriteSet(ComparedSetOf(evaluation), compared);
                }
            }

            // A difference-in-differences against one named site compares with that site alone.
            foreach (var site in _evaluations.Select(e => e.ComparedAgainst).OfType<SiteSymbol>().Distinct())
            {
                WriteSet("site:" + site.Name, ImmutableArray.Create(site));
            }

            _json.WriteEndObject();
        }

        // `population: 820_000 people`: attributes that are numbers, the weights of a weighted roll-up.
        // Without a query per site: a national spec has tens of thousands of sites, most with one attribute.
        private void WriteNumericAttributes(SiteSymbol site)
        {
            System.Collections.Generic.List<(string Key, decimal Value)>? numbers = null;
            foreach (var attribute in site.Attributes)
            {
                if (LeadingNumber(attribute.Value) is { } value)
                {
                    (numbers ??= new System.Collections.Generic.List<(string Key, decimal Value)>()).Add((attribute.Key, value));
                }
            }

            if (numbers is null)
            {
                return;
            }

            numbers.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
            _json.WriteStartObject("attributes");
            foreach (var (name, value) in numbers)
            {
                _json.WriteNumber(Text(name), value);
            }

            _json.WriteEndObject();
        }

        // The first word of the trimmed text, without digit-grouping underscores, as a number.
        private static decimal? LeadingNumber(string text)
        {
            var start = 0;
            var end = text.Length;
            while (start < end && char.IsWhiteSpace(text[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(text[end - 1]))
            {
                end--;
            }

            var space = text.IndexOf(' ', start, end - start);
            var word = text.Substring(start, (space < 0 ? end : space) - start);
            if (word.IndexOf('_') >= 0)
            {
                word = word.Replace("_", string.Empty);
            }

            return decimal.TryParse(word, System.Globalization.NumberStyles.AllowDecimalPoint | System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;
        }

        private static string ComparedSetOf(EvaluationSymbol evaluation) => "compared:" + evaluation.Name;

        private void WriteSet(string name, ImmutableArray<SiteSymbol> sites)
        {
            _json.WriteStartArray(Text(name));
            foreach (var site in sites.Distinct())
            {
                _json.WriteStringValue(Text(site.Name));
            }

            _json.WriteEndArray();
        }

        private void WriteIndicators()
        {
            _json.WriteStartArray("indicators");
            foreach (var indicator in _indicators)
            {
                _json.WriteStartObject();
                _json.WriteString("name", Text(indicator.Name));
                OptionalString("title", indicator.Title);
                OptionalString("unit", indicator.Unit?.Name is { Length: > 0 } unit ? unit : null);
                _json.WriteString("direction", indicator.Direction switch
                {
                    Direction.HigherIsBetter => "higher",
                    Direction.LowerIsBetter => "lower",
                    _ => "unspecified",
                });
                OptionalNumber("baseline", InUnitOf(indicator, indicator.Baseline));
                OptionalDate("baselineDate", indicator.BaselineDate);
                if (!indicator.SiteBaselines.IsEmpty)
                {
                    _json.WriteStartObject("siteBaselines");
                    foreach (var site in _sites.Where(s => indicator.SiteBaselines.ContainsKey(s.Name)))
                    {
                        if (InUnitOf(indicator, indicator.SiteBaselines[site.Name]) is { } value)
                        {
                            _json.WriteNumber(Text(site.Name), value);
                        }
                    }

                    _json.WriteEndObject();
                }

                _json.WriteStartArray("targets");
                foreach (var target in indicator.Targets)
                {
                    WriteTarget(indicator, target);
                }

                _json.WriteEndArray();
                OptionalString("frequency", Frequency(indicator.Frequency));
                if (indicator.StaleAfter is { } stale)
                {
                    _json.WriteNumber("staleAfter", stale);
                }

                if (indicator.RollUp is { } rollUp)
                {
                    _json.WriteStartObject("rollUp");
                    _json.WriteString("kind", rollUp.Weight is null ? rollUp.Kind : "weighted_mean");
                    OptionalString("weight", rollUp.Weight);
                    _json.WriteEndObject();
                }

                if (indicator.Formula is { } formula && !formula.HasErrors)
                {
                    _json.WritePropertyName("formula");
                    _lowering.Formula(formula, indicator);
                }

                WriteGrades(indicator);
                if (indicator.Range is var (lowest, highest))
                {
                    // `range: 0, 100`: observations beyond it are refused.
                    OptionalNumber("lowest", InUnitOf(indicator, lowest));
                    OptionalNumber("highest", InUnitOf(indicator, highest));
                }


                _json.WriteEndObject();
                FlushIfFull();
            }

            _json.WriteEndArray();
        }

        // `"grades": { "roundTo": 0, "bands": [ { "name": "优", "from": 90 }, …, { "name": "差" } ] }`, highest band first.
        private void WriteGrades(IndicatorSymbol indicator)
        {
            if (indicator.Grades.IsEmpty)
            {
                return;
            }

            _json.WriteStartObject("grades");
            if (indicator.RoundTo is { } places)
            {
                _json.WriteNumber("roundTo", places);
            }

            _json.WriteStartArray("bands");
            foreach (var band in indicator.Grades)
            {
                _json.WriteStartObject();
                _json.WriteString("name", Text(band.Name));
                OptionalNumber("from", InUnitOf(indicator, band.From));
                _json.WriteEndObject();
            }

            _json.WriteEndArray();
            _json.WriteEndObject();
        }

        private void WriteTarget(IndicatorSymbol indicator, Target target)
        {
            // A relative part stays in percent; a level or a change is read in the indicator's unit.
            var amount = target.Kind == TargetKind.RelativeChange ? target.Amount.Value : InUnitOf(indicator, target.Amount);
            if (amount is not { } value)
            {
                return;
            }

            _json.WriteStartObject();
            _json.WriteString("kind", target.Kind switch
            {
                TargetKind.Absolute => "level",
                TargetKind.RelativeChange => "relative",
                _ => "change",
            });
            _json.WriteNumber("amount", value);
            OptionalDate("deadline", target.Deadline);
            _json.WriteEndObject();
        }

        private void WriteEvaluations()
        {
            _json.WriteStartArray("evaluations");
            foreach (var evaluation in _evaluations)
            {
                _json.WriteStartObject();
                _json.WriteString("name", Text(evaluation.Name));
                OptionalString("title", evaluation.Title);
                OptionalDate("date", _schedule.DateOf(evaluation));
                _json.WriteStartArray("methods");
                foreach (var method in evaluation.Methods)
                {
                    _json.WriteStringValue(Text(method));
                }

                _json.WriteEndArray();
                if (evaluation.ComparedAgainst is WaveSymbol or SiteSymbol)
                {
                    // A difference-in-differences compares the pilot sites with the group (or site) named after `against`.
                    _json.WriteString("pilotSites", Text(_comparedPilotSites.ContainsKey(evaluation) ? ComparedSetOf(evaluation) : ConditionLowering.PilotSitesSet));
                    _json.WriteString("comparisonSites", Text(evaluation.ComparedAgainst is WaveSymbol group ? ConditionLowering.SetOf(group) : "site:" + evaluation.ComparedAgainst.Name));
                }

                _json.WriteStartArray("criteria");
                foreach (var criterion in evaluation.Criteria)
                {
                    _json.WriteStartObject();
                    _json.WriteString("text", Text(JsonSchedule.SpecText.Of(criterion.Syntax)));
                    _json.WritePropertyName("condition");
                    _lowering.Condition(criterion);
                    _json.WriteEndObject();
                }

                _json.WriteEndArray();
                _json.WriteStartArray("rules");
                foreach (var rule in evaluation.Decisions)
                {
                    _json.WriteStartObject();
                    _json.WriteString("decision", rule.Decision.Word());
                    _json.WriteString("text", Text(JsonSchedule.SpecText.Of(rule.Condition.Syntax)));
                    _json.WritePropertyName("condition");
                    _lowering.Condition(rule.Condition);
                    _json.WriteEndObject();
                }

                _json.WriteEndArray();
                OptionalString("otherwise", evaluation.Otherwise?.Word());
                WriteWindow(evaluation.Window);
                WriteConsequences(evaluation);
                WriteWedge(evaluation);
                _json.WriteEndObject();
                FlushIfFull();
            }

            _json.WriteEndArray();
        }

        // `"wedge": [ { "sites": [...], "start": ..., "exposedFrom": ..., "end": ... }, ... ]`: a
        // stepped wedge's waves with the dates the schedule resolved, so the runtime never
        // re-derives stagger or lag arithmetic (one place: the schedule).
        private void WriteWedge(EvaluationSymbol evaluation)
        {
            if (!evaluation.EstimatesSteppedWedge || _schedule.Of(evaluation.Rollout!) is not { IsResolved: true } rollout)
            {
                return;
            }

            _json.WriteStartArray("wedge");
            foreach (var step in Scheduling.WedgeSteps.Of(rollout))
            {
                _json.WriteStartObject();
                _json.WriteStartArray("sites");
                foreach (var site in step.Sites)
                {
                    _json.WriteStringValue(Text(site.Name));
                }

                _json.WriteEndArray();
                OptionalDate("start", step.Start);
                OptionalDate("exposedFrom", step.ExposedFrom);
                OptionalDate("end", step.End);
                _json.WriteEndObject();
            }

            _json.WriteEndArray();
        }

        // `"window": { "last": 4, "unit": "quarter" }` or `{ "from": "2019-01-01", "to": "2019-12-31" }`:
        // phase boundaries are days the schedule fixes.
        private void WriteWindow(EvaluationWindowSpec? window)
        {
            if (window is null)
            {
                return;
            }

            if (window.Periods is { } periods && window.PeriodUnit is { } unit)
            {
                _json.WriteStartObject("window");
                _json.WriteNumber("last", periods);
                _json.WriteString("unit", ConditionLowering.PeriodOf(unit));
                _json.WriteEndObject();
                return;
            }

            if (window.From is { } fromExpression && _lowering.DateOf(fromExpression) is { } from)
            {
                _json.WriteStartObject("window");
                OptionalDate("from", from);
                OptionalDate("to", window.To is { } to ? _lowering.DateOf(to) : null);
                _json.WriteEndObject();
            }
        }

        private void WriteConsequences(EvaluationSymbol evaluation)
        {
            if (evaluation.Consequences.IsEmpty)
            {
                return;
            }

            _json.WriteStartArray("consequences");
            foreach (var consequence in evaluation.Consequences)
            {
                _json.WriteStartObject();
                _json.WriteString("text", Text(consequence.Text));
                var when = ValueClauseText(consequence.Syntax);
                _json.WriteString("when", Text(when));
                _json.WritePropertyName("condition");
                _lowering.Condition(consequence.Condition);
                _json.WriteEndObject();
            }

            _json.WriteEndArray();
        }

        private static string ValueClauseText(PilotSpec.CodeAnalysis.Syntax.PropertyValueSyntax value) =>
            Binding.Declarations.ValueReader.Clause(value, PilotSpec.CodeAnalysis.Syntax.SyntaxKind.WhenKeyword) is { } when
                ? JsonSchedule.SpecText.Of(when.Expression)
                : string.Empty;

        private void WriteAlerts()
        {
            _json.WriteStartArray("alerts");
            foreach (var alert in _alerts)
            {
                _json.WriteStartObject();
                _json.WriteString("name", Text(alert.Name));
                OptionalString("title", alert.Title);
                _json.WriteString("text", alert.Condition is null ? string.Empty : Text(JsonSchedule.SpecText.Of(alert.Condition.Syntax)));
                _json.WriteStartArray("notify");
                foreach (var recipient in alert.Notify)
                {
                    _json.WriteStringValue(Text(recipient));
                }

                _json.WriteEndArray();
                OptionalString("severity", alert.Severity);
                if (alert.Condition is { } condition)
                {
                    _json.WritePropertyName("condition");
                    _lowering.Condition(condition);
                }

                _json.WriteEndObject();
                FlushIfFull();
            }

            _json.WriteEndArray();
        }

        private void OptionalString(string name, string? value)
        {
            if (value is not null)
            {
                _json.WriteString(name, Text(value));
            }
        }

        private void OptionalNumber(string name, decimal? value)
        {
            if (value is { } v)
            {
                _json.WriteNumber(name, v);
            }
        }

        private void OptionalDate(string name, DateTime? date)
        {
            if (date is { } d)
            {
                _json.WriteString(name, ConditionLowering.DateText(d));
            }
        }

        private static decimal? InUnitOf(IndicatorSymbol indicator, Quantity? quantity)
        {
            if (quantity is not { } q)
            {
                return null;
            }

            try
            {
                var factor = indicator.Unit is { } unit ? UnitFactor.Between(q.Unit, unit) : null;
                return factor is { } f ? q.Value * f : q.Value;
            }
            catch (OverflowException)
            {
                return null;
            }
        }

        private static string? Frequency(MeasurementFrequency? frequency) => frequency switch
        {
            MeasurementFrequency.Weekly => "week",
            MeasurementFrequency.Monthly => "month",
            MeasurementFrequency.Quarterly => "quarter",
            MeasurementFrequency.SemiAnnually => "half_year",
            MeasurementFrequency.Annually => "year",
            _ => null,
        };


        /// <summary>The text as JSON can carry it: a lone surrogate becomes U+FFFD, as in the JSON schedule.</summary>
        public static string Text(string text) => ConditionLowering.Text(text);
    }
}
