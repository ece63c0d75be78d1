using System.CommandLine;
using PilotSpec.Cli.Checking;
using PilotSpec.Cli.Evaluation;
using PilotSpec.Cli.Output;
using PilotSpec.Cli.Storage;
using PilotSpec.Monitoring;
using PilotSpec.Store;
using PilotSpec.Store.Intake;

namespace PilotSpec.Cli.Commands;

/// <summary>
/// <c>pilotc ingest SPEC --store STORE FILE...</c>: the sites' observation files into the pilot
/// office's store, each file all or nothing.
/// </summary>
public static class IngestCommand
{
    public static Command Create(GlobalOptions globalOptions, TextWriter output, TextWriter error)
    {
        var spec = new Argument<string>("SPEC")
        {
            Description = "The spec the observations are checked against.",
        };
        spec.Validators.Add(UnknownOptionValidator.Reject);
        var files = new Argument<string[]>("FILE")
        {
            Description = "Observation files: CSV with the header indicator,site,date,value, or monitors' journals (.jsonl), as pilotc evaluate reads them.",
            Arity = ArgumentArity.OneOrMore,
        };
        var store = StoreOption.Create(required: true);
        var command = new Command(
            "ingest",
            """
            Store observation files in a pilot office's store (made by pilotc store init). Every row
            is checked as pilotc evaluate and the monitors check it; a file with a refused row is
            refused whole (its rows are listed with their lines) and nothing of it is stored, so a
            store never holds half a file. One value counts per indicator, site and period, the last
            written winning: ingesting a file again changes nothing.
            Exit code: 0 every file stored, 1 the spec has errors or a file was refused, 2 pilotc could not run.

            Examples:
              pilotc ingest reform.pilot --store office.pilotstore province-2024-q1.csv province-2024-q2.csv
              pilotc ingest reform.pilot --store office.pilotstore site-a.jsonl site-b.jsonl
            """)
        {
            spec,
            files,
            store,
        };

        command.SetAction(parseResult =>
        {
            var culture = globalOptions.GetLanguage(parseResult);
            var texts = new StoreTexts(culture);
            var rowTexts = new EvaluationTexts(culture);
            var paths = parseResult.GetRequiredValue(files);
            var missing = paths.Where(p => !File.Exists(p)).Select(p => texts.Get("File_NoSuchFile", p)).ToList();
            if (missing.Count > 0)
            {
                throw new ToolFailureException(missing);
            }

            if (CheckedPilot.Load(parseResult.GetRequiredValue(spec), "ingest", culture, output) is not var (compilation, pilot))
            {
                return ExitCodes.DiagnosticErrors;
            }

            var (definition, identity) = EvaluationRun.ModelOf(pilot, compilation.Program, compilation.Schedule);
            using var opened = StoreAccess.Open(parseResult.GetRequiredValue(store)!, identity, texts, error);
            return StoreAccess.Reading(identity, texts, () => Ingest(opened, definition, identity, paths, texts, rowTexts, output, error));
        });
        return command;
    }

    // Each file is one batch, committed in the order given (the later file wins a period both
    // hold). Where the engine lets a batch stream while another commits (PostgreSQL: each batch
    // has a connection of its own), a file's commit runs on the server while the next file is
    // read and checked here: the two take about as long, and the machine has two cores. The next
    // commit starts only when the previous one has finished, so the order stays the files'.
    private static int Ingest(IPilotStore store, PilotDefinition pilot, StoreIdentity identity, string[] paths, StoreTexts texts, EvaluationTexts rowTexts, TextWriter output, TextWriter error)
    {
        var clock = Clocks.Fixed(DateTime.Today);
        var intake = new ObservationIntake(pilot);
        var stored = 0;
        Committing? previous = null;
        try
        {
            using var progress = ProgressIndicator.ForTerminal(error, paths.Length, texts.Get("Ingest_Progress", store.Name));
            foreach (var path in paths)
            {
                var batch = store.BeginIngest(pilot, clock);
                int refused;
                try
                {
                    refused = intake.TakeFile(path, batch);
                }
                catch
                {
                    // The previous file's fate first, as it would have been told without the overlap.
                    batch.Dispose();
                    stored += Finish(ref previous, store, identity, texts, output);
                    throw;
                }

                stored += Finish(ref previous, store, identity, texts, output);
                if (refused > 0)
                {
                    batch.Dispose();
                    foreach (var row in intake.Refused.Skip(intake.Refused.Count - refused))
                    {
                        output.WriteLine(rowTexts.Row(row));
                    }

                    output.WriteLine(texts.Get("Ingest_FileRefused", path, refused));
                }
                else if (store.CommitsWhileNextStreams)
                {
                    previous = new Committing(path, batch, Task.Run(batch.Commit));
                }
                else
                {
                    previous = new Committing(path, batch, Task.CompletedTask);
                    batch.Commit();
                    stored += Finish(ref previous, store, identity, texts, output);
                }

                progress.Advance();
            }

            stored += Finish(ref previous, store, identity, texts, output);
        }
        finally
        {
            // A failure while the previous file commits: let it end before the store is closed.
            if (previous is not null)
            {
                ((IAsyncResult)previous.Commit).AsyncWaitHandle.WaitOne();
                previous.Batch.Dispose();
            }
        }

        output.WriteLine(texts.Get("Ingest_Summary", stored, paths.Length, store.Contents(pilot).Observations));
        return stored == paths.Length ? ExitCodes.Success : ExitCodes.DiagnosticErrors;
    }

    // Waits for the previous file's commit (its failure is rethrown as it was thrown) and says it is stored.
    private static int Finish(ref Committing? previous, IPilotStore store, StoreIdentity identity, StoreTexts texts, TextWriter output)
    {
        if (previous is not { } committing)
        {
            return 0;
        }

        committing.Commit.GetAwaiter().GetResult();
        previous = null;
        using (committing.Batch)
        {
            // The store's data is now written with this version of the spec (not before a
            // file of it is stored: a run whose files are all refused changes nothing).
            if (store.Identity.SpecHash != identity.SpecHash)
            {
                store.Rebind(identity);
            }

            output.WriteLine(texts.Get("Ingest_Stored", committing.Path, committing.Batch.Written, committing.Batch.Changed));
        }

        return 1;
    }

    private sealed record Committing(string Path, IIngestBatch Batch, Task Commit);
}
