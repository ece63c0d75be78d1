using System.CommandLine;
using System.Collections.Immutable;
using System.Globalization;
using PilotSpec.Cli.Checking;
using PilotSpec.Cli.Evaluation;
using PilotSpec.Cli.Inputs;
using PilotSpec.Cli.Output;
using PilotSpec.Cli.Storage;
using PilotSpec.Store;

namespace PilotSpec.Cli.Commands;

/// <summary><c>pilotc evaluate SPEC (--observations FILE... | --store STORE)</c>: the pilot office's judgement, on the monitors' engine.</summary>
public static class EvaluateCommand
{
    public static Command Create(GlobalOptions globalOptions, TextWriter output, TextWriter error)
    {
        var spec = new Argument<string>("SPEC")
        {
            Description = "The spec whose evaluations to run.",
        };
        spec.Validators.Add(UnknownOptionValidator.Reject);
        var observations = new Option<string[]>("--observations")
        {
            Description = "Observation files: CSV with the header indicator,site,date,value (UTF-8, dates YYYY-MM-DD, values in the spec's units, percentages as numbers of percent), or monitors' journals (.jsonl).",
            HelpName = "file",
            AllowMultipleArgumentsPerToken = true,
        };
        var store = new Option<string?>("--store")
        {
            Description = "Read the observations from a pilot office's store (made by pilotc store init, filled by pilotc ingest) instead of files.",
            HelpName = "store",
        };
        var asOf = new Option<string?>("--as-of")
        {
            Description = "Evaluate every evaluation with the data as of this day (YYYY-MM-DD); without it, each on its scheduled date.",
            HelpName = "date",
        };
        var format = new Option<string>("--format")
        {
            Description = "text (a report for a person), json (docs/schemas/evaluation.schema.json) or html (a self-contained page).",
            HelpName = "text|json|html",
            DefaultValueFactory = _ => "text",
        };
        format.AcceptOnlyFromAmong("text", "json", "html");
        var outputFile = new Option<string?>("--output")
        {
            Description = "Write the report to this file instead of stdout.",
            HelpName = "file",
        };
        var skipInvalid = new Option<bool>("--skip-invalid")
        {
            Description = "Evaluate without the rows that were refused (they are still listed) instead of stopping.",
        };
        var command = new Command(
            "evaluate",
            """
            Judge a pilot on its observations, with the same engine as the generated monitors: each
            evaluation's decision, every criterion site by site (each site measured from its own
            baseline), the data that would settle an undetermined decision, and the alerts that fire.
            Every row of the observation files is checked; a refused row is reported with its file,
            line and reason, and stops the evaluation unless --skip-invalid. With --store the
            observations come from a pilot office's store instead (checked when they were ingested),
            read one indicator at a time, so memory does not grow with the data.
            Exit code: 0 evaluated, 1 the spec has errors or rows were refused, 2 pilotc could not run.

            Examples:
              pilotc evaluate examples/approval-reform.pilot --observations examples/approval-reform.observations.csv
              pilotc evaluate reform.pilot --observations q1.csv q2.csv --as-of 2020-06-30 --format json
              pilotc evaluate reform.pilot --observations site-a.jsonl site-b.jsonl --format html --output report.html
              pilotc evaluate reform.pilot --store office.pilotstore --format html --output report.html
            """)
        {
            spec,
            observations,
            store,
            asOf,
            format,
            outputFile,
            skipInvalid,
        };

        command.SetAction(parseResult =>
        {
            var culture = globalOptions.GetLanguage(parseResult);
            var texts = new EvaluationTexts(culture);
            var path = parseResult.GetRequiredValue(spec);
            DateTime? date = null;
            if (parseResult.GetValue(asOf) is { } asOfText)
            {
                if (!DateTime.TryParseExact(asOfText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
                {
                    throw new ToolFailureException($"--as-of {asOfText}: not a date written YYYY-MM-DD.");
                }

                date = parsed;
            }

            var storeTexts = new StoreTexts(culture);
            var files = parseResult.GetValue(observations) ?? [];
            var storeAddress = parseResult.GetValue(store);
            if ((files.Length == 0) == (storeAddress is null))
            {
                throw new ToolFailureException(storeTexts.Get("Option_OneSource"));
            }

            var missing = files.Where(f => !File.Exists(f)).Select(f => storeTexts.Get("File_NoSuchFile", f)).ToList();
            if (missing.Count > 0)
            {
                throw new ToolFailureException(missing);
            }

            if (CheckedPilot.Load(path, "evaluate", culture, output) is not var (compilation, pilot))
            {
                return ExitCodes.DiagnosticErrors;
            }

            var today = DateTime.Today;
            var (definition, identity) = EvaluationRun.ModelOf(pilot, compilation.Program, compilation.Schedule);
            using var opened = storeAddress is null ? null : StoreAccess.Open(storeAddress, identity, storeTexts, error);
            EvaluationReport report;
            if (opened is not null)
            {
                // The engine reads the store as it evaluates (one indicator at a time): a failure is the store's.
                report = StoreAccess.Reading(identity, storeTexts, () => EvaluationRun.EvaluateStore(definition, opened, date, today));
            }
            else
            {
                var data = EvaluationRun.ReadFiles(definition, files, today);
                if (data.Refused.Count > 0 && !parseResult.GetValue(skipInvalid))
                {
                    foreach (var row in data.Refused)
                    {
                        output.WriteLine(texts.Row(row));
                    }

                    error.WriteLine(texts.Get("Row_NothingEvaluated", data.Refused.Count));
                    return ExitCodes.DiagnosticErrors;
                }

                report = EvaluationRun.Evaluate(definition, data, date, today);
            }

            var destination = parseResult.GetValue(outputFile);
            switch (parseResult.GetValue(format))
            {
                case "json":
                    if (destination is null)
                    {
                        using var buffer = new MemoryStream();
                        EvaluationJsonWriter.Write(buffer, report);
                        output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
                    }
                    else
                    {
                        using var file = File.Create(destination);
                        EvaluationJsonWriter.Write(file, report);
                    }

                    break;
                case "html":
                    ReportWriter.Write(destination, output, writer => EvaluationHtmlWriter.Write(writer, report, texts));
                    break;
                default:
                    ReportWriter.Write(destination, output, writer => EvaluationTextWriter.Write(writer, report, texts));
                    break;
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
