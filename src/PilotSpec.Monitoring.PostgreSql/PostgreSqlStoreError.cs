namespace PilotSpec.Monitoring.PostgreSql;

/// <summary>
/// Why a PostgreSQL store cannot be used as asked: an expected state of a database or an address
/// (no schema yet, another pilot's store, a password typed into a URI), returned as a value so
/// that pilotc and a site system can tell the user what to do instead of catching exceptions.
/// An unreachable server or a failed query still throws <see cref="Npgsql.NpgsqlException"/>.
/// </summary>
public sealed class PostgreSqlStoreError
{
    internal PostgreSqlStoreError(StoreErrorKind kind, string message)
    {
        Kind = kind;
        Message = message;
    }

    /// <summary>What is wrong, for code that acts on it.</summary>
    public StoreErrorKind Kind { get; }

    /// <summary>What is wrong and what to do, in the current UI culture (English or Simplified Chinese).</summary>
    public string Message { get; }

    /// <inheritdoc/>
    public override string ToString() => Message;
}

/// <summary>The kinds of <see cref="PostgreSqlStoreError"/>.</summary>
public enum StoreErrorKind
{
    /// <summary>The database has no PilotSpec schema: <c>pilotc store init</c> creates it.</summary>
    NoSchema,

    /// <summary>The schema is older than this library's: <c>pilotc store init</c> upgrades it.</summary>
    OutdatedSchema,

    /// <summary>The schema is newer than this library knows: a newer PilotSpec wrote it.</summary>
    NewerSchema,

    /// <summary>The schema is there but no pilot owns the store yet.</summary>
    NoStore,

    /// <summary>The store belongs to another pilot; it is never taken over.</summary>
    OtherPilot,

    /// <summary>An address carried a password, which must come from PGPASSWORD or a .pgpass file.</summary>
    PasswordInAddress,

    /// <summary>The text is not a postgresql:// or postgres:// address.</summary>
    NotAnAddress,

    /// <summary>The text is such an address but cannot be used (no host, no database, a bad port or parameter).</summary>
    InvalidAddress,
}
