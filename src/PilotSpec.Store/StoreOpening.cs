namespace PilotSpec.Store;

/// <summary>The result of opening a store: the store, or the problem that prevented it.</summary>
public sealed class StoreOpening
{
    private StoreOpening(IPilotStore? store, StoreProblem? problem, StoreIdentity? recorded, bool created)
    {
        Store = store;
        Problem = problem;
        Recorded = recorded;
        Created = created;
    }

    /// <summary>Whether the store was created just now (by <c>pilotc store init</c>).</summary>
    public bool Created { get; }

    /// <summary>The open store; null when <see cref="Problem"/> says why not.</summary>
    public IPilotStore? Store { get; }

    /// <summary>Why the store could not be opened; null when it was.</summary>
    public StoreProblem? Problem { get; }

    /// <summary>The identity the store held when it was opened (it may name an earlier version of the spec).</summary>
    public StoreIdentity? Recorded { get; }

    /// <summary>Whether the store's data was last written with another version of the spec.</summary>
    public bool SpecRevised(StoreIdentity identity) => Recorded is { } recorded && recorded.SpecHash != identity.SpecHash;

    public static StoreOpening Opened(IPilotStore store, StoreIdentity recorded, bool created = false) => new(store, null, recorded, created);

    public static StoreOpening Failed(StoreProblem problem) => new(null, problem, null, created: false);
}
