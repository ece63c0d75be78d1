using System.CommandLine;
using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.Cli.Checking;
using PilotSpec.Cli.Inputs;
using PilotSpec.Cli.Output;

namespace PilotSpec.Cli.Commands;

/// <summary><c>pilotc syntax FILE</c>: print the syntax tree of one spec, for bug reports and grammar work.</summary>
public static class SyntaxCommand
{
    public static Command Create(GlobalOptions globalOptions, TextWriter output)
    {
        var file = new Argument<string>("FILE")
        {
            Description = "The spec file to parse.",
        };
        file.Validators.Add(UnknownOptionValidator.Reject);
        var warnAsError = WarnAsErrorOption.Create();
        var command = new Command(
            "syntax",
            """
            Print the syntax tree of a .pilot file (every node, token and trivia with its span),
            then its syntax diagnostics. Exit code as for check.

            Example:
              pilotc syntax examples/policing-reform.pilot
            """)
        {
            file,
            warnAsError,
        };

        command.SetAction(parseResult =>
        {
            var path = parseResult.GetRequiredValue(file);
            if (Directory.Exists(path))
            {
                throw new ToolFailureException($"{path}: is a folder; syntax takes one file.");
            }

            var source = SpecFileReader.ReadAll(SpecInputResolver.Resolve([path]))[0];
            var tree = SyntaxTree.ParseText(source.Text, source.DisplayPath);
            SyntaxTreePrinter.Print(tree.Root, output);
            var diagnostics = new SeverityPolicy(parseResult.GetValue(warnAsError)).Apply(tree.GetDiagnostics());
            var report = new DiagnosticReport(diagnostics, new SourceFiles(), globalOptions.GetLanguage(parseResult));
            new MsBuildReporter().Write(output, report);
            return report.Counts.ExitCode;
        });
        return command;
    }
}
