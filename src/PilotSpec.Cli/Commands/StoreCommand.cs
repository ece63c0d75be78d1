using System.CommandLine;
using PilotSpec.Cli.Checking;
using PilotSpec.Cli.Evaluation;
using PilotSpec.Cli.Storage;
using PilotSpec.Store;

namespace PilotSpec.Cli.Commands;

/// <summary><c>pilotc store init SPEC --store STORE</c>: creates a pilot office's store, or upgrades its schema, for a spec's pilot.</summary>
public static class StoreCommand
{
    public static Command Create(GlobalOptions globalOptions, TextWriter output)
    {
        var spec = new Argument<string>("SPEC")
        {
            Description = "The spec whose pilot the store's observations belong to.",
        };
        spec.Validators.Add(UnknownOptionValidator.Reject);
        var store = StoreOption.Create(required: true);
        var init = new Command(
            "init",
            """
            Create the store of a pilot's observations, or bring an existing one up to this pilotc's
            schema. The store remembers its pilot and the version of the spec (a hash): another
            pilot's store is refused, and a revised spec of the same pilot takes the store over
            with every observation kept. Running it again changes nothing.
            Exit code: 0 ready, 1 the spec has errors, 2 the store cannot be used.

            Examples:
              pilotc store init reform.pilot --store office.pilotstore
            """)
        {
            spec,
            store,
        };
        init.SetAction(parseResult =>
        {
            var culture = globalOptions.GetLanguage(parseResult);
            var texts = new StoreTexts(culture);
            if (CheckedPilot.Load(parseResult.GetRequiredValue(spec), "store init", culture, output) is not var (compilation, pilot))
            {
                return ExitCodes.DiagnosticErrors;
            }

            var (_, identity) = EvaluationRun.ModelOf(pilot, compilation.Program, compilation.Schedule);
            var opening = PilotStores.Initialize(parseResult.GetRequiredValue(store)!, identity);
            using var opened = StoreAccess.Require(opening, identity, texts);
            var recorded = opening.Recorded!;
            output.WriteLine(
                opening.Created ? texts.Get("Init_Created", opened.Name, identity.Pilot, identity.ShortHash)
                : opening.SpecRevised(identity) ? texts.Get("Init_Rebound", opened.Name, identity.ShortHash, identity.Pilot, recorded.ShortHash)
                : texts.Get("Init_Ready", opened.Name, identity.Pilot, PilotStores.SchemaVersionOf(opened.Name), identity.ShortHash));
            return ExitCodes.Success;
        });

        return new Command("store", "Manage a pilot office's store of every site's observations (docs/store.md).") { init };
    }
}
