namespace PilotSpec.Monitoring.PostgreSql;

/// <summary>What <see cref="PostgreSqlSchema.Check(Npgsql.NpgsqlDataSource, string?)"/> found in a database.</summary>
public sealed class SchemaCheck
{
    internal SchemaCheck(int version, string? pilot, string? specHash, PostgreSqlStoreError? error)
    {
        Version = version;
        Pilot = pilot;
        SpecHash = specHash;
        Error = error;
    }

    /// <summary>The database's schema version; 0 when it has none.</summary>
    public int Version { get; }

    /// <summary>The version this library writes and reads (<see cref="PostgreSqlSchema.CurrentVersion"/>).</summary>
    public int CurrentVersion => PostgreSqlSchema.CurrentVersion;

    /// <summary>The pilot that owns the store, when the schema is current and has an owner.</summary>
    public string? Pilot { get; }

    /// <summary>The spec hash the owner last recorded, when <see cref="Pilot"/> is known.</summary>
    public string? SpecHash { get; }

    /// <summary>Why the database cannot be used as it is; null when it can.</summary>
    public PostgreSqlStoreError? Error { get; }

    /// <summary>Whether the schema is current (and, when a pilot was asked about, is that pilot's).</summary>
    public bool IsUsable => Error is null;
}
