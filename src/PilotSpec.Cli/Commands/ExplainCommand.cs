using System.CommandLine;
using PilotSpec.CodeAnalysis.Diagnostics;
using PilotSpec.Cli.Output;
using PilotSpec.Cli.Reference;

namespace PilotSpec.Cli.Commands;

/// <summary><c>pilotc explain PS0102</c>: what a diagnostic code means and how to fix it.</summary>
public static class ExplainCommand
{
    public static Command Create(GlobalOptions globalOptions, TextWriter output)
    {
        var code = new Argument<string>("CODE")
        {
            Description = "A diagnostic code, such as PS0102 (case does not matter).",
        };
        var command = new Command(
            "explain",
            """
            Explain a diagnostic code: its title, severity, category, message, help link, and its
            section of the diagnostics reference (docs/diagnostics.md), with examples of wrong
            and right specs. Exit code: 0 explained, 2 not a known code.

            Examples:
              pilotc explain PS0102
              pilotc explain ps0003 --lang zh-Hans
            """)
        {
            code,
        };

        command.SetAction(parseResult =>
        {
            var id = parseResult.GetRequiredValue(code).Trim();
            var descriptor = DiagnosticDescriptors.Find(id)
                ?? throw new ToolFailureException($"'{id}' is not a diagnostic code of pilotc; codes look like PS0102 and are listed in docs/diagnostics.md.");
            var culture = globalOptions.GetLanguage(parseResult);

            output.WriteLine($"{descriptor.Id}: {descriptor.GetTitle(culture)}");
            output.WriteLine();
            output.WriteLine($"Severity: {JsonOutput.Severity(descriptor.DefaultSeverity)} (by default; pilotspec.json can change it)");
            output.WriteLine($"Category: {descriptor.Category}");
            output.WriteLine($"Message:  {descriptor.GetMessageFormat(culture)}");
            output.WriteLine($"Help:     {descriptor.HelpLinkUri}");
            output.WriteLine();
            var section = DiagnosticsReference.Find(descriptor.Id);
            output.WriteLine(section is null
                ? "This code has no section in the diagnostics reference yet."
                : section.Body);
            return ExitCodes.Success;
        });
        return command;
    }
}
