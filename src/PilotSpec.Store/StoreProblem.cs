namespace PilotSpec.Store;

/// <summary>
/// Why a store could not be opened or written: a value the command reports in the user's
/// language (the texts live with the front end), never an exception that escapes.
/// </summary>
/// <param name="Kind">What went wrong.</param>
/// <param name="Store">The store as the user named it (a path, or an address without its password).</param>
/// <param name="Detail">The other pilot's name, the schema version found, or the engine's own message.</param>
public sealed record StoreProblem(StoreProblemKind Kind, string Store, string Detail = "");

/// <summary>What went wrong with a store.</summary>
public enum StoreProblemKind
{
    /// <summary>Nothing is there: create the store with <c>pilotc store init</c>.</summary>
    Missing,

    /// <summary>Something is there, but it is not a PilotSpec store (another file or database).</summary>
    NotAStore,

    /// <summary>The store holds another pilot's data.</summary>
    OtherPilot,

    /// <summary>The store was made by a newer PilotSpec: this one must not write to it.</summary>
    NewerSchema,

    /// <summary>The store's schema is older than this PilotSpec's: <c>pilotc store init</c> upgrades it.</summary>
    OlderSchema,

    /// <summary>The engine could not open or write it (permissions, a full disk, a server that does not answer).</summary>
    Unavailable,

    /// <summary>The address holds a password: passwords come from <c>PGPASSWORD</c> or a <c>.pgpass</c> file.</summary>
    PasswordInAddress,
}
