using System.CommandLine;
using PilotSpec.Cli.Checking;
using PilotSpec.Cli.Output;

namespace PilotSpec.Cli.Commands;

/// <summary><c>pilotc check PATH...</c>: check spec files, folders and patterns, report diagnostics.</summary>
public static class CheckCommand
{
    public static Command Create(GlobalOptions globalOptions, TextWriter output, TextWriter error)
    {
        var paths = SpecPathsArgument.Create();
        var warnAsError = WarnAsErrorOption.Create();
        var report = new ReportOptions();
        var command = new Command(
            "check",
            """
            Check .pilot specs (files, folders searched recursively, or patterns such as
            'specs/**/*.pilot') and report their diagnostics.
            Exit code: 0 no errors, 1 errors found (or warnings, with --warnaserror),
            2 pilotc could not run (bad usage, missing or unreadable file).

            Examples:
              pilotc check examples
              pilotc check reform.pilot sites/ --warnaserror
              pilotc check 'specs/**/*.pilot' --format sarif --output pilotc.sarif
              pilotc check reform.pilot --lang zh-Hans
            """)
        {
            paths,
            warnAsError,
        };
        foreach (var option in report.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult =>
        {
            var (_, diagnostics, files) = CheckRun.Run(parseResult.GetRequiredValue(paths), parseResult.GetValue(warnAsError), globalOptions.GetLanguage(parseResult), error);
            report.Write(parseResult, diagnostics, output);
            Summary.WriteIfInteractive(output, error, files, diagnostics.Counts, globalOptions.GetLanguage(parseResult));
            return diagnostics.Counts.ExitCode;
        });
        return command;
    }
}
