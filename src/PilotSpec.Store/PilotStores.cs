using PilotSpec.Monitoring.PostgreSql;
using PilotSpec.Store.Embedded;
using PilotSpec.Store.PostgreSql;

namespace PilotSpec.Store;

/// <summary>
/// Opens the store a user names: an address <c>postgresql://user@host:port/database</c> (or
/// <c>postgres://</c>) is a PostgreSQL database, anything else a file path of the embedded
/// engine (SQLite, one file). Each engine checks that the store is a PilotSpec store, of a schema
/// this version reads, and of the pilot the spec describes, and says which of these failed.
/// </summary>
public static class PilotStores
{
    /// <summary>The schema version this PilotSpec writes and reads in the store <paramref name="address"/> names (each engine numbers its own).</summary>
    public static int SchemaVersionOf(string address) =>
        PostgreSqlAddress.IsPostgreSql(address) ? PostgreSqlSchema.CurrentVersion : SqliteSchema.Current;

    /// <summary>Creates the store, or upgrades its schema, and binds it to <paramref name="identity"/>'s pilot (<c>pilotc store init</c>).</summary>
    public static StoreOpening Initialize(string address, StoreIdentity identity) =>
        PostgreSqlAddress.IsPostgreSql(address)
            ? PostgreSqlPilotStore.Initialize(address, identity)
            : SqlitePilotStore.Initialize(address, identity);

    /// <summary>Opens an existing store of <paramref name="identity"/>'s pilot; it is not created.</summary>
    public static StoreOpening Open(string address, StoreIdentity identity) =>
        PostgreSqlAddress.IsPostgreSql(address)
            ? PostgreSqlPilotStore.Open(address, identity)
            : SqlitePilotStore.Open(address, identity);
}
