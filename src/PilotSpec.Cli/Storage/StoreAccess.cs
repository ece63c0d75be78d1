using PilotSpec.Store;

namespace PilotSpec.Cli.Storage;

/// <summary>
/// Opens the store a command names, for the spec it works on. A store that cannot be used is a
/// tool failure (exit 2) with the reason in the user's language; a store written with an earlier
/// version of the same pilot's spec opens, with a note, because pilots are revised as they run.
/// </summary>
public static class StoreAccess
{
    /// <summary>Opens <paramref name="address"/>; writes a note to <paramref name="error"/> when the spec was revised since the store was last written.</summary>
    public static IPilotStore Open(string address, StoreIdentity identity, StoreTexts texts, TextWriter error)
    {
        var opening = PilotStores.Open(address, identity);
        var store = Require(opening, identity, texts);
        if (opening.SpecRevised(identity))
        {
            error.WriteLine(texts.Get("Spec_Revised", store.Name, opening.Recorded!.ShortHash, identity.ShortHash));
        }

        return store;
    }

    /// <summary>The opened store, or a tool failure that says why there is none.</summary>
    public static IPilotStore Require(StoreOpening opening, StoreIdentity identity, StoreTexts texts) =>
        opening.Store ?? throw new ToolFailureException(texts.Problem(opening.Problem!, identity));

    /// <summary>Runs <paramref name="work"/>, which reads or writes a store; the engine failing in the middle (a lost server, a full disk) is a tool failure with its reason.</summary>
    public static T Reading<T>(StoreIdentity identity, StoreTexts texts, Func<T> work)
    {
        try
        {
            return work();
        }
        catch (StoreException e)
        {
            throw new ToolFailureException(texts.Problem(e.Problem, identity));
        }
    }
}
