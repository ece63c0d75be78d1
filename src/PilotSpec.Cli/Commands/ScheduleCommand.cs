using System.Collections.Immutable;
using System.CommandLine;
using PilotSpec.Cli.Checking;
using PilotSpec.Cli.Inputs;
using PilotSpec.Cli.Output;
using PilotSpec.Cli.Scheduling;

namespace PilotSpec.Cli.Commands;

/// <summary><c>pilotc schedule FILE</c>: the resolved timeline of a pilot, as a chart.</summary>
public static class ScheduleCommand
{
    public static Command Create(GlobalOptions globalOptions, TextWriter output)
    {
        var file = new Argument<string>("FILE")
        {
            Description = "The spec whose pilot to chart.",
        };
        file.Validators.Add(UnknownOptionValidator.Reject);
        var format = new Option<string>("--format")
        {
            Description = "text (a chart in the terminal), html (a self-contained page) or mermaid (a gantt block for Markdown).",
            HelpName = "text|html|mermaid",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "html", "mermaid");
        var outputFile = new Option<string?>("--output")
        {
            Description = "Write the chart (or the list of due dates) to this file instead of stdout.",
            HelpName = "file",
        };
        var expand = new Option<bool>("--expand")
        {
            Description = "Instead of a chart, list every due date of the indicator given by --indicator: one SITE<TAB>yyyy-MM-dd line each, site by site.",
        };
        var indicator = new Option<string?>("--indicator")
        {
            Description = "With --expand: the indicator whose due dates to list.",
            HelpName = "name",
        };
        var site = new Option<string?>("--site")
        {
            Description = "With --expand: only this site's due dates.",
            HelpName = "name",
        };
        var command = new Command(
            "schedule",
            """
            Show the resolved timeline of a pilot: every phase with its dates, and its window at
            each site (waves staggered), as a Gantt chart. With --expand, list the due dates of
            one indicator instead, streamed. A spec with errors has no reliable timeline: its
            errors are reported as by check instead.
            Exit code: 0 charted, 1 the spec has errors, 2 pilotc could not run (or the file
            declares no pilot).

            Examples:
              pilotc schedule examples/policing-reform.pilot
              pilotc schedule reform.pilot --format html --output schedule.html
              pilotc schedule reform.pilot --format mermaid >> README.md
              pilotc schedule reform.pilot --expand --indicator wait_time --site 东城区
            """)
        {
            file,
            format,
            outputFile,
            expand,
            indicator,
            site,
        };

        command.SetAction(parseResult =>
        {
            var path = parseResult.GetRequiredValue(file);
            if (Directory.Exists(path))
            {
                throw new ToolFailureException($"{path}: is a folder; schedule takes one file.");
            }

            var source = SpecFileReader.ReadAll(SpecInputResolver.Resolve([path]))[0];
            var result = new SpecChecker().CheckAll([source]);
            var errors = result.Diagnostics.Where(d => d.IsError).ToImmutableArray();
            if (!errors.IsEmpty)
            {
                new MsBuildReporter().Write(output, new DiagnosticReport(errors, result.Files, globalOptions.GetLanguage(parseResult)));
                return ExitCodes.DiagnosticErrors;
            }

            var compilation = result.Specs[0].Compilation;
            var pilot = compilation.Program.Pilot
                ?? throw new ToolFailureException($"{path}: declares no pilot, so it has no schedule.");
            var destination = parseResult.GetValue(outputFile);
            if (parseResult.GetValue(expand))
            {
                var name = parseResult.GetValue(indicator) ?? throw new ToolFailureException("--expand needs --indicator NAME: the indicator whose due dates to list.");
                ReportWriter.Write(destination, output, writer => DueDateList.Write(writer, compilation, name, parseResult.GetValue(site)));
                return ExitCodes.Success;
            }

            if (parseResult.GetValue(indicator) is not null || parseResult.GetValue(site) is not null)
            {
                throw new ToolFailureException("--indicator and --site go with --expand.");
            }

            var timeline = Timeline.Of(pilot, compilation.Schedule);
            var texts = new ScheduleTexts(globalOptions.GetLanguage(parseResult));
            ReportWriter.Write(destination, output, writer =>
            {
                switch (parseResult.GetValue(format))
                {
                    case "html":
                        HtmlChart.Write(writer, timeline, texts);
                        break;
                    case "mermaid":
                        MermaidChart.Write(writer, timeline);
                        break;
                    default:
                        TerminalChart.Write(writer, timeline, colour: destination is null && ConsoleColours.ForStandardOutput, texts);
                        break;
                }
            });
            return ExitCodes.Success;
        });
        return command;
    }
}
