using System.CommandLine;
using System.Globalization;
using PilotSpec.Cli.Diff;
using PilotSpec.Cli.Output;
using PilotSpec.CodeAnalysis.Comparison;

namespace PilotSpec.Cli.Commands;

/// <summary>
/// <c>pilotc diff OLD NEW</c>: what changed in meaning between two versions of a spec, and
/// whether the goalposts moved — each change a weakening, a strengthening, a change of scope, a
/// rename or (when asked) a cosmetic change.
/// </summary>
public static class DiffCommand
{
    public static Command Create(GlobalOptions globalOptions, TextWriter output)
    {
        var old = new Argument<string>("OLD") { Description = "The earlier version: a spec, a folder of specs, or REVISION:PATH read through git (HEAD~3:specs/reform.pilot)." };
        old.Validators.Add(UnknownOptionValidator.Reject);
        var @new = new Argument<string>("NEW") { Description = "The later version, in the same forms." };
        @new.Validators.Add(UnknownOptionValidator.Reject);
        var format = new Option<string>("--format")
        {
            Description = "text (for a person), markdown (for a pull request or a memo), json (docs/schemas/diff.schema.json) or sarif (code scanning: the new file's lines annotated).",
            HelpName = "text|markdown|json|sarif",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "markdown", "json", "sarif");
        var failOn = new Option<string?>("--fail-on")
        {
            Description = "Exit with 1 when a change of this kind is found: weakening (a CI job can then ask for a second approval).",
            HelpName = "weakening",
        };
        failOn.AcceptOnlyFromAmong("weakening");
        var all = new Option<bool>("--all") { Description = "Also list cosmetic changes (titles, descriptions, owners)." };
        var asOf = new Option<string?>("--as-of")
        {
            Description = "The day of the comparison (YYYY-MM-DD; default today): a baseline moved once the pilot has started is a weakening.",
            HelpName = "date",
        };
        var command = new Command(
            "diff",
            """
            Compare two versions of a spec by meaning, not by text: declarations are matched by
            name (by title when a name changed: a rename), and each change is classified — a
            weakening (a target eased in the indicator's direction, a deadline moved later, a
            quantifier loosened, a requirement removed, a decision made easier to reach, a
            comparison group changed, a baseline moved after the start), a strengthening, a change
            of scope (sites, waves, phases, dates), a rename, or a cosmetic change (with --all).
            Formatting, comments and order are no change.
            Exit code: 0 compared, 1 a spec has errors or --fail-on found its kind, 2 pilotc could not run.

            Examples:
              pilotc diff reform-v1.pilot reform-v2.pilot
              pilotc diff HEAD~3:specs/reform.pilot specs/reform.pilot --format markdown
              pilotc diff origin/main:specs specs --fail-on weakening
            """)
        {
            old,
            @new,
            format,
            failOn,
            all,
            asOf,
        };

        command.SetAction(parseResult =>
        {
            var culture = globalOptions.GetLanguage(parseResult);
            var day = DateTime.Today;
            if (parseResult.GetValue(asOf) is { } asOfText && !DateTime.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out day))
            {
                throw new ToolFailureException($"--as-of {asOfText}: not a date written YYYY-MM-DD.");
            }

            var before = DiffSide.Read(parseResult.GetRequiredValue(old));
            var after = DiffSide.Read(parseResult.GetRequiredValue(@new));
            var (result, errors, files) = DiffRun.Compare(before, after, day);
            if (result is null)
            {
                new MsBuildReporter().Write(output, new DiagnosticReport(errors, files!, culture));
                return ExitCodes.DiagnosticErrors;
            }

            var texts = new DiffTexts(culture);
            var cosmetic = parseResult.GetValue(all);
            switch (parseResult.GetValue(format))
            {
                case "markdown":
                    DiffMarkdownWriter.Write(output, result, texts, cosmetic);
                    break;
                case "json":
                    DiffJsonWriter.Write(output, result, texts, cosmetic);
                    break;
                case "sarif":
                    DiffSarifWriter.Write(output, result, texts, cosmetic, Directory.GetCurrentDirectory());
                    break;
                default:
                    DiffTextWriter.Write(output, result, texts, cosmetic);
                    break;
            }

            var failed = parseResult.GetValue(failOn) == "weakening" && result.Changes.Any(c => c.Kind == ChangeKind.Weakening);
            return failed ? ExitCodes.DiagnosticErrors : ExitCodes.Success;
        });
        return command;
    }
}
