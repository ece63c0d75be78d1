using System.CommandLine;
using PilotSpec.Cli.Building;
using PilotSpec.Cli.Checking;
using PilotSpec.Cli.Output;

namespace PilotSpec.Cli.Commands;

/// <summary><c>pilotc build PATH... -o DIR</c>: check specs and, when none has an error, write their outputs.</summary>
public static class BuildCommand
{
    public static Command Create(GlobalOptions globalOptions, TextWriter output, TextWriter error)
    {
        var paths = SpecPathsArgument.Create();
        var outputFolder = new Option<string>("--out-dir", "-o")
        {
            Description = "The folder to write the outputs into (created if needed).",
            HelpName = "folder",
            Required = true,
        };
        var warnAsError = WarnAsErrorOption.Create();
        var report = new ReportOptions();
        var command = new Command(
            "build",
            """
            Check .pilot specs and write what they compile to into a folder: for each pilot
            <Pilot>.schedule.json (its timeline) and <Pilot>.Monitor.g.cs (its C# monitor).
            If any spec has an error (or a warning, with --warnaserror), nothing is written.
            Diagnostics are reported as by check. Exit code as for check.

            Examples:
              pilotc build examples -o out
              pilotc build reform.pilot -o generated --warnaserror
              pilotc build 'specs/**/*.pilot' -o out --format sarif --output pilotc.sarif
            """)
        {
            paths,
            outputFolder,
            warnAsError,
        };
        foreach (var option in report.All)
        {
            command.Options.Add(option);
        }

        command.SetAction(parseResult =>
        {
            var (result, diagnostics, files, pause) = CheckRun.RunPaused(parseResult.GetRequiredValue(paths), parseResult.GetValue(warnAsError), globalOptions.GetLanguage(parseResult), error, CollectionPause.BuildBytesPerCharacter, builtTogether: true);
            using var pauseThroughEmit = pause;
            report.Write(parseResult, diagnostics, output);
            if (diagnostics.Counts.ExitCode != ExitCodes.Success)
            {
                Summary.WriteIfInteractive(output, error, files, diagnostics.Counts, globalOptions.GetLanguage(parseResult));
                return diagnostics.Counts.ExitCode;
            }

            var texts = new BuildTexts(globalOptions.GetLanguage(parseResult));
            var written = SpecBuilder.Build(result.Specs, parseResult.GetRequiredValue(outputFolder), texts);
            Summary.WriteIfInteractive(output, error, files, diagnostics.Counts, globalOptions.GetLanguage(parseResult));
            if (!Console.IsErrorRedirected)
            {
                foreach (var file in written)
                {
                    error.WriteLine(texts.Get("Wrote", file));
                }
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
