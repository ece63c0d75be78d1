using System.CommandLine;
using System.CommandLine.Help;
using PilotSpec.Cli.Commands;
using PilotSpec.Cli.Output;

namespace PilotSpec.Cli;

/// <summary>
/// Runs pilotc on its arguments: builds the commands, turns usage errors and every exception
/// into a one-line message on stderr with exit code 2, never a stack trace. Takes its writers
/// as parameters so nothing below touches the console directly.
/// </summary>
public static class PilotcCommandLine
{
    private const string ToolName = "pilotc";

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        try
        {
            var root = CreateRootCommand(output, error);
            // System.CommandLine words its errors in the UI culture when it parses: with `--lang`
            // they should be in that language too, so the culture is set for the parse only.
            var parseResult = UsageErrors.ParseIn(UsageErrors.RequestedLanguage(args), () => root.Parse(args));

            // System.CommandLine would report usage errors with exit code 1, which pilotc
            // reserves for "the specs have errors"; scripts must be able to tell them apart.
            if (parseResult.Errors.Count > 0 && parseResult.Action is not HelpAction)
            {
                UsageErrors.Write(error, ToolName, parseResult.Errors.Select(e => e.Message), UsageErrors.LanguageOf(parseResult), UsageErrors.ClosestCommand(args, root));
                return ExitCodes.ToolFailure;
            }

            var exitCode = parseResult.Invoke(new InvocationConfiguration
            {
                Output = output,
                Error = error,
                // Exceptions come back here, to be reported without a stack trace.
                EnableDefaultExceptionHandler = false,
            });

            // Inside the try: a closed pipe (`pilotc syntax big.pilot | head`) fails here.
            output.Flush();
            return exitCode;
        }
        catch (ToolFailureException failure)
        {
            // In the language the messages are in: a Chinese reason after an English "error:" reads badly.
            var culture = UsageErrors.RequestedLanguage(args) ?? System.Globalization.CultureInfo.CurrentUICulture;
            foreach (var problem in failure.Problems)
            {
                error.WriteLine(UsageErrors.ErrorLine(ToolName, problem, culture));
            }

            return ExitCodes.ToolFailure;
        }
        catch (IOException io)
        {
            // Reading inputs reports its own failures, so this is writing the output.
            error.WriteLine($"{ToolName}: error: cannot write the output: {io.Message}");
            return ExitCodes.ToolFailure;
        }
        catch (Exception unexpected)
        {
            // A bug in pilotc or the compiler. The type names the kind of failure for a bug
            // report; the stack trace would only bury the message.
            error.WriteLine($"{ToolName}: internal error: {unexpected.GetType().FullName}: {unexpected.Message}");
            return ExitCodes.ToolFailure;
        }
    }

    public static RootCommand CreateRootCommand(TextWriter output, TextWriter error)
    {
        var globalOptions = new GlobalOptions();
        var root = new RootCommand(
            """
            pilotc: the PilotSpec compiler for .pilot specs of policy pilots.

            Exit codes: 0 success, 1 the specs have errors (or warnings, with --warnaserror),
            2 pilotc could not run (bad usage, missing or unreadable file, I/O failure).

            Examples:
              pilotc new water-reform
              pilotc check examples
              pilotc check reform.pilot --lang zh-Hans
              pilotc format --check specs
              pilotc build specs -o out
              pilotc schedule reform.pilot --format html --output schedule.html
              pilotc explain PS0102
            """)
        {
            globalOptions.Language,
            CheckCommand.Create(globalOptions, output, error),
            BuildCommand.Create(globalOptions, output, error),
            FormatCommand.Create(output, error),
            NewCommand.Create(globalOptions, output),
            ExplainCommand.Create(globalOptions, output),
            SchemaCommand.Create(output),
            ScheduleCommand.Create(globalOptions, output),
            EvaluateCommand.Create(globalOptions, output, error),
            StoreCommand.Create(globalOptions, output),
            IngestCommand.Create(globalOptions, output, error),
            ExportCommand.Create(globalOptions, output, error),
            PowerCommand.Create(globalOptions, output),
            DiffCommand.Create(globalOptions, output),
            SyntaxCommand.Create(globalOptions, output),
        };
        return root;
    }
}
