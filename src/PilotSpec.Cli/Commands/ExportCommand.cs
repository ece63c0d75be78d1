using System.CommandLine;
using System.Globalization;
using nietras.SeparatedValues;
using PilotSpec.Cli.Checking;
using PilotSpec.Cli.Evaluation;
using PilotSpec.Cli.Storage;
using PilotSpec.Store;

namespace PilotSpec.Cli.Commands;

/// <summary><c>pilotc export SPEC --store STORE -o FILE.csv</c>: every stored observation as the CSV that ingest and evaluate read.</summary>
public static class ExportCommand
{
    public static Command Create(GlobalOptions globalOptions, TextWriter output, TextWriter error)
    {
        var spec = new Argument<string>("SPEC")
        {
            Description = "The spec whose store to export.",
        };
        spec.Validators.Add(UnknownOptionValidator.Reject);
        var store = StoreOption.Create(required: true);
        var outputFile = new Option<string>("--output", "-o")
        {
            Description = "The CSV file to write (UTF-8, header indicator,site,date,value).",
            HelpName = "file",
            Required = true,
        };
        var command = new Command(
            "export",
            """
            Write every observation of a pilot office's store to a CSV file, for R, Stata or a
            spreadsheet: the header indicator,site,date,value, one row per indicator, site and period
            (the value that counts), sorted by indicator, site and date, values exactly as recorded.
            Rows of indicators or sites the spec no longer has are exported too: nothing is left out.
            The file is what pilotc ingest and pilotc evaluate --observations read.
            Exit code: 0 written, 1 the spec has errors, 2 pilotc could not run.

            Examples:
              pilotc export reform.pilot --store office.pilotstore -o observations.csv
            """)
        {
            spec,
            store,
            outputFile,
        };

        command.SetAction(parseResult =>
        {
            var culture = globalOptions.GetLanguage(parseResult);
            var texts = new StoreTexts(culture);
            if (CheckedPilot.Load(parseResult.GetRequiredValue(spec), "export", culture, output) is not var (compilation, pilot))
            {
                return ExitCodes.DiagnosticErrors;
            }

            var (_, identity) = EvaluationRun.ModelOf(pilot, compilation.Program, compilation.Schedule);
            using var opened = StoreAccess.Open(parseResult.GetRequiredValue(store)!, identity, texts, error);
            var destination = parseResult.GetRequiredValue(outputFile);
            try
            {
                var count = StoreAccess.Reading(identity, texts, () => StoreException.Guard(opened.Name, () => Write(opened, destination)));
                output.WriteLine(texts.Get("Export_Written", count, destination));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new ToolFailureException($"{destination}: {e.Message}");
            }

            return ExitCodes.Success;
        });
        return command;
    }

    // Written to a temporary file first: a failed export never leaves half a CSV under the name asked for.
    private static long Write(IPilotStore store, string destination)
    {
        var temporary = destination + ".partial";
        long count = 0;
        using (var writer = Sep.New(',').Writer(o => o with { Escape = true }).ToFile(temporary))
        {
            foreach (var stored in store.ReadAll())
            {
                using var row = writer.NewRow();
                row["indicator"].Set(stored.Indicator);
                row["site"].Set(stored.Site);
                row["date"].Set(stored.Observation.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                row["value"].Set(stored.Observation.Value.ToString(CultureInfo.InvariantCulture));
                count++;
            }
        }

        File.Move(temporary, destination, overwrite: true);
        return count;
    }
}
