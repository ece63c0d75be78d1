using System.Text;

namespace PilotSpec.Cli.Scheduling;

/// <summary>
/// The timeline as a Mermaid gantt block, fenced for Markdown (GitHub renders it in a README
/// or an issue): a section per phase, a task per site. Characters that Mermaid reads as
/// syntax in a name (`:` `;` `#`) are written as its entity codes.
/// </summary>
public static class MermaidChart
{
    public static void Write(TextWriter output, Timeline timeline)
    {
        var text = new StringBuilder();
        text.AppendLine("```mermaid");
        text.AppendLine("gantt");
        var heading = timeline.PilotTitle is null ? timeline.PilotName : $"{timeline.PilotName}: {timeline.PilotTitle}";
        text.AppendLine($"    title {Escape(heading)}");
        text.AppendLine("    dateFormat YYYY-MM-DD");
        text.AppendLine("    axisFormat %Y-%m");
        foreach (var phase in timeline.Phases)
        {
            text.AppendLine($"    section {Escape(phase.Name)}");
            if (phase.Start is null)
            {
                text.AppendLine($"    %% {Escape(phase.Name)} has no dates: the phase has no start, or is in a cycle");
                continue;
            }

            foreach (var bar in phase.Bars)
            {
                // Mermaid's end date is exclusive; the schedule's end is the last day, inclusive.
                var last = bar.End ?? timeline.To;
                var until = last < DateTime.MaxValue.Date ? last.AddDays(1) : last;
                text.AppendLine($"    {Escape(bar.Label)} :{Timeline.Format(bar.Start)}, {Timeline.Format(until)}");
            }
        }

        text.AppendLine("```");
        output.Write(text.ToString());
    }

    private static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '#' => "#35;",
                ':' => "#58;",
                ';' => "#59;",
                '\n' or '\r' => " ",
                // Other controls as entity codes too: the block is printed to a terminal before
                // it reaches a Markdown page, and ESC or BEL there would drive the terminal.
                _ when PilotSpec.Cli.Output.TerminalText.IsUnsafe(c) || c == '\t' => $"#{(int)c};",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }
}
