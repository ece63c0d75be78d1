using System.Globalization;
using System.Net;
using PilotSpec.Monitoring;
using PilotSpec.Store.Intake;

namespace PilotSpec.Cli.Evaluation;

/// <summary>
/// <c>pilotc evaluate --format html</c>: one self-contained page (no script, no link, no font
/// or image from elsewhere: it opens on an office network without internet) with each
/// evaluation's decision, its criteria site by site, and a small chart per indicator of the
/// sites' series against the programme baseline and target. Every text from the spec or the
/// data is HTML-encoded.
/// </summary>
public static class EvaluationHtmlWriter
{
    private const int Width = 520;
    private const int Height = 200;
    private const int Margin = 36;
    private static readonly string[] Colours = ["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf"];

    public static void Write(TextWriter output, EvaluationReport report, EvaluationTexts texts)
    {
        var language = texts.Culture.Name.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? "zh-Hans" : "en";
        output.WriteLine("<!DOCTYPE html>");
        output.WriteLine($"<html lang=\"{language}\"><head><meta charset=\"utf-8\">");
        output.WriteLine("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src data:\">");
        output.WriteLine($"<title>{E(texts.Get("Report_Title", report.Pilot.Name))}</title>");
        output.WriteLine("<style>body{font-family:system-ui,sans-serif;margin:2em;max-width:60em}table{border-collapse:collapse;margin:.5em 0 1em}td,th{border:1px solid #ccc;padding:.2em .6em;text-align:left}"
            + ".met{color:#1a7f37}.not_met{color:#cf222e}.unknown{color:#9a6700}.decision{font-size:1.2em;font-weight:bold}figure{display:inline-block;margin:0 1em 1em 0}figcaption{font-size:.9em}</style>");
        output.WriteLine("</head><body>");
        output.WriteLine($"<h1>{E(texts.Get("Report_Title", report.Pilot.Name))}</h1>");
        output.WriteLine($"<p>{E(report.AsOf is { } asOf ? texts.Get("Report_AsOf", EvaluationTexts.Date(asOf)) : texts.Get("Report_EachOnItsDate", EvaluationTexts.Date(report.Today)))}<br>{E(texts.Data(report.Data))}</p>");
        if (report.Refused.Count > 0)
        {
            output.WriteLine($"<h2>{E(texts.Get("Html_RefusedRows"))}</h2><ul>");
            foreach (var row in report.Refused)
            {
                output.WriteLine($"<li>{E(texts.Row(row))}</li>");
            }

            output.WriteLine("</ul>");
        }

        foreach (var outcome in report.Evaluations)
        {
            WriteEvaluation(output, outcome, texts);
        }

        WriteCharts(output, report, texts);
        WriteAlerts(output, report, texts);
        output.WriteLine("</body></html>");
    }

    private static void WriteEvaluation(TextWriter output, EvaluationOutcome outcome, EvaluationTexts texts)
    {
        var evaluation = outcome.Evaluation;
        output.WriteLine($"<section><h2>{E(texts.Get("Report_Evaluation", evaluation.Name))}{(evaluation.Title is { } t ? " — " + E(t) : string.Empty)}</h2>");
        if (outcome.Result is not { } result)
        {
            output.WriteLine($"<p>{E(outcome.Status == EvaluationStatus.Pending ? texts.Get("Report_Pending", EvaluationTexts.Date(outcome.Date!.Value)) : texts.Get("Report_Unscheduled"))}</p></section>");
            return;
        }

        output.WriteLine($"<p>{E(texts.Get("Report_EvaluatedOn", EvaluationTexts.Date(result.AsOf)))}</p>");
        output.WriteLine($"<p class=\"decision\">{E(texts.Get("Report_Decision", texts.Decision(result.Decision)))}</p>");
        if (result.IsUndetermined)
        {
            output.WriteLine($"<p>{E(texts.Get("Report_Undetermined", string.Join(", ", result.PossibleDecisions.Select(texts.Decision))))}</p>");
            output.WriteLine($"<p>{E(texts.Get("Report_WouldSettle"))}</p><ul>");
            foreach (var gap in result.Gaps)
            {
                output.WriteLine($"<li>{E(texts.Get("Report_Gap", gap.Indicator.Name, gap.Site.Code, texts.Gap(gap.Kind)))}</li>");
            }

            output.WriteLine("</ul>");
        }
        else
        {
            output.WriteLine($"<p>{E(result.Rule is { } rule ? texts.Get("Report_ByRule", rule.Text) : texts.Get("Report_ByOtherwise"))}</p>");
        }

        if (evaluation.Window is { } window)
        {
            output.WriteLine($"<p>{E(texts.Window(window, result.AsOf))}</p>");
        }

        output.WriteLine($"<h3>{E(texts.Get("Html_Criteria"))}</h3>");
        foreach (var criterion in result.Criteria)
        {
            var word = EvaluationTexts.OutcomeWord(criterion.Outcome);
            output.WriteLine($"<p><code>{E(criterion.Criterion.Text)}</code>: <span class=\"{word}\">{E(texts.Outcome(criterion.Outcome))}</span></p>");
            if (criterion.Sites.Count == 0)
            {
                continue;
            }

            output.WriteLine($"<table><tr><th>{E(texts.Get("Html_Site"))}</th><th>{E(texts.Get("Html_Outcome"))}</th><th>{E(texts.Get("Html_Value"))}</th><th>{E(texts.Get("Html_Baseline"))}</th><th>{E(texts.Get("Html_Change"))}</th></tr>");
            foreach (var site in criterion.Sites)
            {
                var siteWord = EvaluationTexts.OutcomeWord(site.Outcome);
                output.WriteLine($"<tr><td>{E(site.Site.Code)}</td><td class=\"{siteWord}\">{E(texts.Outcome(site.Outcome))}{(site.IsStale ? " (" + E(texts.Gap(DataGapKind.Stale)) + ")" : string.Empty)}</td>"
                    + $"<td>{E(EvaluationTexts.Number(site.Value))}{E(texts.Summary(site.Summary))}{(site.Grade is { } grade ? " (" + E(grade.Name) + ")" : string.Empty)}</td><td>{E(EvaluationTexts.Number(site.Baseline.Value))} ({E(texts.Baseline(site.Baseline.Source))})</td><td>{E(EvaluationTexts.Number(site.Change))}</td></tr>");
            }

            output.WriteLine("</table>");
        }

        WriteConsequences(output, result, texts);
        output.WriteLine("</section>");
    }

    private static void WriteConsequences(TextWriter output, EvaluationResult result, EvaluationTexts texts)
    {
        if (result.Consequences.Count == 0)
        {
            return;
        }

        output.WriteLine($"<h3>{E(texts.Get("Html_Consequences"))}</h3><ul>");
        foreach (var consequence in result.Consequences)
        {
            var applies = consequence.AppliesTo.Count > 0
                ? texts.Get("Report_ConsequenceApplies", string.Join(", ", consequence.AppliesTo.Select(s => s.Code)))
                : texts.Get("Report_ConsequenceAppliesNowhere");
            var open = consequence.Undetermined.Count > 0
                ? "; " + texts.Get("Report_ConsequenceUndetermined", string.Join(", ", consequence.Undetermined.Select(s => s.Code)))
                    + " " + string.Join(", ", consequence.Gaps.Select(g => texts.Get("Report_Gap", g.Indicator.Name, g.Site.Code, texts.Gap(g.Kind))))
                : string.Empty;
            output.WriteLine($"<li>{E(texts.Get("Report_Consequence", consequence.Consequence.Text, consequence.Consequence.ConditionText))} {E(applies + open)}</li>");
        }

        output.WriteLine("</ul>");
    }

    private static void WriteCharts(TextWriter output, EvaluationReport report, EvaluationTexts texts)
    {
        output.WriteLine($"<section><h2>{E(texts.Get("Html_Indicators"))}</h2><p>{E(texts.Get("Html_ChartLegend"))}</p>");
        foreach (var indicator in report.Pilot.Indicators)
        {
            var series = report.Pilot.Sites
                .Select(site => (Site: site, Points: report.Source.Observations(indicator, site)))
                .Where(s => s.Points.Count > 0)
                .ToList();
            output.WriteLine($"<figure><figcaption>{E(indicator.Title ?? indicator.Name)} ({E(indicator.Name)}{(indicator.Unit is { } unit ? ", " + E(unit) : string.Empty)})</figcaption>");
            if (series.Count == 0)
            {
                output.WriteLine($"<p>{E(texts.Get("Html_NoData"))}</p></figure>");
                continue;
            }

            WriteChart(output, indicator, series);
            output.WriteLine("</figure>");
        }

        output.WriteLine("</section>");
    }

    private static void WriteChart(TextWriter output, IndicatorDefinition indicator, List<(Site Site, IReadOnlyList<Observation> Points)> series)
    {
        var dates = series.SelectMany(s => s.Points.Select(p => p.Date)).ToList();
        var values = series.SelectMany(s => s.Points.Select(p => p.Value)).ToList();
        if (indicator.Baseline is { } baseline)
        {
            values.Add(baseline);
        }

        if (indicator.Target is { } target)
        {
            values.Add(target);
        }

        var (first, last) = (dates.Min(), dates.Max());
        var (low, high) = (values.Min(), values.Max());
        if (high == low)
        {
            high = low + 1;
        }

        var span = Math.Max(1, (last - first).TotalDays);
        double X(DateTime date) => Margin + ((date - first).TotalDays / span * (Width - (2 * Margin)));
        double Y(decimal value) => Height - Margin - ((double)((value - low) / (high - low)) * (Height - (2 * Margin)));
        string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

        output.WriteLine($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" role=\"img\">");
        output.WriteLine($"<line x1=\"{Margin}\" y1=\"{Height - Margin}\" x2=\"{Width - Margin}\" y2=\"{Height - Margin}\" stroke=\"#999\"/>");
        output.WriteLine($"<text x=\"{Margin}\" y=\"{Height - 8}\" font-size=\"10\">{EvaluationTexts.Date(first)}</text><text x=\"{Width - Margin}\" y=\"{Height - 8}\" font-size=\"10\" text-anchor=\"end\">{EvaluationTexts.Date(last)}</text>");
        output.WriteLine($"<text x=\"2\" y=\"{F(Y(high))}\" font-size=\"10\">{E(EvaluationTexts.Number(high))}</text><text x=\"2\" y=\"{F(Y(low))}\" font-size=\"10\">{E(EvaluationTexts.Number(low))}</text>");
        if (indicator.Baseline is { } b)
        {
            output.WriteLine($"<line x1=\"{Margin}\" y1=\"{F(Y(b))}\" x2=\"{Width - Margin}\" y2=\"{F(Y(b))}\" stroke=\"#666\" stroke-dasharray=\"6 4\"/>");
        }

        if (indicator.Target is { } t)
        {
            output.WriteLine($"<line x1=\"{Margin}\" y1=\"{F(Y(t))}\" x2=\"{Width - Margin}\" y2=\"{F(Y(t))}\" stroke=\"#1a7f37\" stroke-dasharray=\"2 3\"/>");
        }

        for (var i = 0; i < series.Count; i++)
        {
            var colour = Colours[i % Colours.Length];
            var points = string.Join(" ", series[i].Points.Select(p => F(X(p.Date)) + "," + F(Y(p.Value))));
            output.WriteLine($"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"2\" points=\"{points}\"><title>{E(series[i].Site.Code)}</title></polyline>");
            var end = series[i].Points[series[i].Points.Count - 1];
            output.WriteLine($"<text x=\"{F(X(end.Date) + 3)}\" y=\"{F(Y(end.Value))}\" font-size=\"10\" fill=\"{colour}\">{E(series[i].Site.Code)}</text>");
        }

        output.WriteLine("</svg>");
    }

    private static void WriteAlerts(TextWriter output, EvaluationReport report, EvaluationTexts texts)
    {
        output.WriteLine($"<section><h2>{E(texts.Get("Report_Alerts", EvaluationTexts.Date(report.AlertsAsOf)))}</h2><ul>");
        foreach (var alert in report.Alerts)
        {
            var name = alert.Alert.Name;
            var line = alert.State switch
            {
                true when alert.Sites.Count > 0 => texts.Get("Report_AlertFired", name, string.Join(", ", alert.Sites.Select(s => s.Code))),
                true => texts.Get("Report_AlertFiredNoSites", name),
                false => texts.Get("Report_AlertQuiet", name),
                _ => texts.Get("Report_AlertUnknown", name),
            };
            output.WriteLine($"<li>{E(line)}</li>");
        }

        output.WriteLine("</ul></section>");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
