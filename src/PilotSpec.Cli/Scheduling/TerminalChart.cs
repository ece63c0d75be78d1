using PilotSpec.Cli.Output;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace PilotSpec.Cli.Scheduling;

/// <summary>
/// The timeline as a Gantt chart in the terminal (Spectre.Console): a row per phase and per
/// site, with its dates and a bar on a shared axis. Plain characters when the output is not
/// a terminal, so the chart also reads well in a log or a file.
/// </summary>
public static class TerminalChart
{
    private const int BarWidth = 48;

    public static void Write(TextWriter output, Timeline timeline, bool colour, ScheduleTexts texts)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = colour ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = colour ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 120;

        var heading = timeline.PilotTitle is null ? timeline.PilotName : $"{timeline.PilotName}: {timeline.PilotTitle}";
        console.Write(new Markup($"[bold]{Markup.Escape(TerminalText.Escape(heading))}[/]"));
        console.WriteLine();
        console.WriteLine(texts.Get("Span", Timeline.Format(timeline.From), Timeline.Format(timeline.To)));
        console.WriteLine();

        var table = new Table().Border(TableBorder.Simple);
        table.AddColumn(texts.Get("PhaseOrSite"));
        table.AddColumn(texts.Get("Start"));
        table.AddColumn(texts.Get("End"));
        table.AddColumn(new TableColumn(Axis(timeline)).NoWrap());
        foreach (var phase in timeline.Phases)
        {
            if (phase.Start is null)
            {
                table.AddRow(new Markup($"[bold]{Markup.Escape(TerminalText.Escape(phase.Name))}[/]"), new Text("-"), new Text("-"), new Text(texts.Get("NoDates")));
                continue;
            }

            table.AddRow(new Markup($"[bold]{Markup.Escape(TerminalText.Escape(phase.Name))}[/]"), new Text(Timeline.Format(phase.Start)), new Text(Timeline.Format(phase.End)), Bar(timeline, phase.Start.Value, phase.End, "blue"));
            if (phase.Bars.Count == 1 && phase.Bars[0].Label == phase.Name)
            {
                continue;
            }

            foreach (var bar in phase.Bars)
            {
                table.AddRow(new Text("  " + TerminalText.Escape(bar.Label)), new Text(Timeline.Format(bar.Start)), new Text(Timeline.Format(bar.End)), Bar(timeline, bar.Start, bar.End, "green"));
            }
        }

        console.Write(table);
    }

    private static string Axis(Timeline timeline)
    {
        var from = timeline.From.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        var to = timeline.To.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        return from + new string(' ', Math.Max(1, BarWidth - from.Length - to.Length)) + to;
    }

    /// <summary>'█' over the window, '▶' at the end of an open-ended one.</summary>
    private static IRenderable Bar(Timeline timeline, DateTime start, DateTime? end, string colour)
    {
        var first = (int)Math.Floor(timeline.Position(start) * BarWidth);
        var last = (int)Math.Ceiling(timeline.Position(end ?? timeline.To) * BarWidth);
        first = Math.Min(first, BarWidth - 1);
        var length = Math.Max(1, last - first);
        var body = end is null ? new string('█', Math.Max(0, length - 1)) + "▶" : new string('█', length);
        return new Markup(new string(' ', first) + $"[{colour}]{body}[/]");
    }
}
