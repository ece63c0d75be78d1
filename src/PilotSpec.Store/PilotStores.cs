using PilotSpec.Store.Embedded;

namespace PilotSpec.Store;

/// <summary>
/// Opens the store a user names: a file path is the embedded engine (SQLite, one file). Each
/// engine checks that the store is a PilotSpec store, of a schema this version reads, and of
/// the pilot the spec describes, and says which of these failed.
/// </summary>
public static class PilotStores
{
    /// <summary>The store schema version this PilotSpec writes and reads.</summary>
    public static int SchemaVersion => SqliteSchema.Current;

    /// <summary>Creates the store, or upgrades its schema, and binds it to <paramref name="identity"/>'s pilot (<c>pilotc store init</c>).</summary>
    public static StoreOpening Initialize(string address, StoreIdentity identity) =>
        SqlitePilotStore.Initialize(address, identity);

    /// <summary>Opens an existing store of <paramref name="identity"/>'s pilot; it is not created.</summary>
    public static StoreOpening Open(string address, StoreIdentity identity) =>
        SqlitePilotStore.Open(address, identity);
}
