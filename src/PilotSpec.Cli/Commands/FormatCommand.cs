using System.CommandLine;
using PilotSpec.CodeAnalysis.Formatting;
using PilotSpec.Cli.Formatting;
using PilotSpec.Cli.Inputs;

namespace PilotSpec.Cli.Commands;

/// <summary><c>pilotc format PATH... [--check]</c>: rewrite specs in the house style, or check that they are.</summary>
public static class FormatCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = SpecPathsArgument.Create();
        var check = new Option<bool>("--check")
        {
            Description = "Change nothing; list the files that formatting would change and exit 1 if there are any.",
        };
        var command = new Command(
            "format",
            """
            Format .pilot specs in the house style: 4 spaces per block level, one member per line
            (a block written on one line stays on one line), one space after ':' and ',' and around
            operators, comments and blank lines kept (at most one blank line in a row), no trailing
            whitespace. Only whitespace changes. Files are rewritten in place, atomically.
            A file with syntax errors is left as it is and reported on stderr.
            Exit code: 0 done (with --check: every file is formatted), 1 a file has syntax errors
            (with --check: or would change), 2 pilotc could not run.

            Examples:
              pilotc format examples
              pilotc format reform.pilot
              pilotc format --check 'specs/**/*.pilot'
            """)
        {
            paths,
            check,
        };

        command.SetAction(parseResult =>
        {
            var checkOnly = parseResult.GetValue(check);
            var sources = SpecFileReader.ReadAll(SpecInputResolver.Resolve(parseResult.GetRequiredValue(paths)));
            var exitCode = ExitCodes.Success;
            foreach (var source in sources)
            {
                var result = SpecFormatter.Format(source.Text);
                switch (result.Outcome)
                {
                    case FormattingOutcome.NotFormattedBecauseOfSyntaxErrors:
                        error.WriteLine($"{source.DisplayPath}: not formatted: the file has syntax errors; run 'pilotc check {source.DisplayPath}' to see them.");
                        exitCode = ExitCodes.DiagnosticErrors;
                        break;
                    case FormattingOutcome.Formatted when checkOnly:
                        output.WriteLine(source.DisplayPath);
                        exitCode = ExitCodes.DiagnosticErrors;
                        break;
                    case FormattingOutcome.Formatted:
                        SpecFileWriter.Replace(source.DisplayPath, result.Text);
                        if (!Console.IsErrorRedirected)
                        {
                            error.WriteLine($"formatted {source.DisplayPath}");
                        }

                        break;
                }
            }

            return exitCode;
        });
        return command;
    }
}
