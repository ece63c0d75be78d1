using System.CommandLine;
using PilotSpec.Cli.Checking;
using PilotSpec.Cli.Inputs;
using PilotSpec.Cli.Output;

namespace PilotSpec.Cli.Commands;

/// <summary><c>pilotc check PATH...</c>: check spec files and folders, print diagnostics.</summary>
public static class CheckCommand
{
    public static Command Create(GlobalOptions globalOptions, TextWriter output, TextWriter error)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Spec files, or folders searched recursively for *.pilot files.",
            Arity = ArgumentArity.OneOrMore,
        };
        paths.Validators.Add(UnknownOptionValidator.Reject);
        var warnAsError = WarnAsErrorOption.Create();
        var command = new Command(
            "check",
            """
            Check .pilot specs and print their diagnostics, one per line:
              path(line,col): error PS0001: message
            Exit code: 0 no errors, 1 errors found, 2 pilotc could not run (bad usage, missing or unreadable file).

            Examples:
              pilotc check examples
              pilotc check reform.pilot sites/ --warnaserror
              pilotc check reform.pilot --lang zh-Hans
            """)
        {
            paths,
            warnAsError,
        };

        command.SetAction(parseResult =>
        {
            var inputs = SpecInputResolver.Resolve(parseResult.GetRequiredValue(paths));
            var sources = SpecFileReader.ReadAll(inputs);
            var policy = new SeverityPolicy(parseResult.GetValue(warnAsError));
            var diagnostics = policy.Apply(new SpecChecker().Check(sources));
            var counts = new DiagnosticWriter(output, globalOptions.GetLanguage(parseResult)).Write(diagnostics);
            Summary.WriteIfInteractive(error, sources.Count, counts);
            return counts.ExitCode;
        });
        return command;
    }
}
