using System.Globalization;
using System.Net;
using System.Text;

namespace PilotSpec.Cli.Scheduling;

/// <summary>
/// The timeline as one self-contained HTML page: inline CSS, bars placed in percent of the
/// axis, no script, no external resource (it opens offline and can be attached to a report).
/// Every text from the spec is HTML-encoded.
/// </summary>
public static class HtmlChart
{
    public static void Write(TextWriter output, Timeline timeline, ScheduleTexts texts)
    {
        var heading = timeline.PilotTitle is null ? timeline.PilotName : $"{timeline.PilotName}: {timeline.PilotTitle}";
        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html>");
        html.AppendLine($"<html lang=\"{texts.Get("HtmlLanguage")}\">");
        html.AppendLine("<head>");
        html.AppendLine("<meta charset=\"utf-8\">");
        html.AppendLine($"<title>{E(texts.Get("Title", heading))}</title>");
        html.AppendLine("""
            <style>
            body { font-family: system-ui, sans-serif; margin: 2em; color: #222; }
            table.gantt { border-collapse: collapse; width: 100%; }
            table.gantt th, table.gantt td { padding: 4px 8px; text-align: left; white-space: nowrap; border-bottom: 1px solid #eee; }
            table.gantt td.track { width: 60%; }
            tr.phase td { font-weight: bold; }
            tr.site td.label { padding-left: 2em; }
            div.axis { position: relative; height: 1.2em; background: #f6f6f6; }
            div.bar { position: absolute; top: 0.15em; height: 0.9em; border-radius: 3px; }
            tr.phase div.bar { background: #3b6fb6; }
            tr.site div.bar { background: #5aa55a; }
            div.bar.open { border-right: 4px dashed #222; }
            </style>
            """);
        html.AppendLine("</head>");
        html.AppendLine("<body>");
        html.AppendLine($"<h1>{E(heading)}</h1>");
        html.AppendLine($"<p>{E(texts.Get("SpanSentence", Timeline.Format(timeline.From), Timeline.Format(timeline.To)))}</p>");
        html.AppendLine("<table class=\"gantt\">");
        html.AppendLine($"<thead><tr><th>{E(texts.Get("PhaseOrSite"))}</th><th>{E(texts.Get("Start"))}</th><th>{E(texts.Get("End"))}</th><th>{E(texts.Get("Timeline"))}</th></tr></thead>");
        html.AppendLine("<tbody>");
        foreach (var phase in timeline.Phases)
        {
            if (phase.Start is null)
            {
                html.AppendLine($"<tr class=\"phase\"><td class=\"label\">{E(phase.Name)}</td><td>-</td><td>-</td><td class=\"track\">{E(texts.Get("NoDates"))}</td></tr>");
                continue;
            }

            html.AppendLine(Row("phase", phase.Title is null ? phase.Name : $"{phase.Name}: {phase.Title}", phase.Start.Value, phase.End, timeline));
            if (phase.Bars.Count == 1 && phase.Bars[0].Label == phase.Name)
            {
                continue;
            }

            foreach (var bar in phase.Bars)
            {
                html.AppendLine(Row("site", bar.Label, bar.Start, bar.End, timeline));
            }
        }

        html.AppendLine("</tbody>");
        html.AppendLine("</table>");
        html.AppendLine("</body>");
        html.AppendLine("</html>");
        output.Write(html.ToString());
    }

    private static string Row(string kind, string label, DateTime start, DateTime? end, Timeline timeline)
    {
        var left = timeline.Position(start) * 100;
        var width = Math.Max(0.5, timeline.Position(end ?? timeline.To) * 100 - left);
        var open = end is null ? " open" : "";
        var style = string.Create(CultureInfo.InvariantCulture, $"left: {left:0.##}%; width: {width:0.##}%");
        return $"<tr class=\"{kind}\"><td class=\"label\">{E(label)}</td><td>{E(Timeline.Format(start))}</td><td>{E(Timeline.Format(end))}</td>"
            + $"<td class=\"track\"><div class=\"axis\"><div class=\"bar{open}\" style=\"{style}\" title=\"{E(label)}\"></div></div></td></tr>";
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
