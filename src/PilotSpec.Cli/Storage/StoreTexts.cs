using System.Globalization;
using PilotSpec.Cli.Output;
using PilotSpec.Store;

namespace PilotSpec.Cli.Storage;

/// <summary>The words of the store commands (`store init`, `ingest`, `export`, `evaluate --store`), in English or Simplified Chinese (StoreTexts*.resx).</summary>
public sealed class StoreTexts : ReportTexts
{
    public StoreTexts(CultureInfo culture)
        : base("PilotSpec.Cli.Storage.StoreTexts", culture)
    {
    }

    /// <summary>What went wrong with a store, and what to do about it.</summary>
    public string Problem(StoreProblem problem, StoreIdentity identity) => problem.Kind switch
    {
        StoreProblemKind.OtherPilot => Get("Problem_OtherPilot", problem.Store, problem.Detail, identity.Pilot),
        StoreProblemKind.NewerSchema or StoreProblemKind.OlderSchema => Get("Problem_" + problem.Kind, problem.Store, problem.Detail, PilotStores.SchemaVersionOf(problem.Store)),
        StoreProblemKind.Unavailable => Get("Problem_Unavailable", problem.Store, problem.Detail),
        _ => Get("Problem_" + problem.Kind, problem.Store),
    };
}
