using System.Collections.Generic;

namespace PilotSpec.Monitoring.PostgreSql;

/// <summary>What <see cref="PostgreSqlSchema.Migrate"/> did, or why it refused (then nothing changed).</summary>
public sealed class SchemaMigration
{
    internal SchemaMigration(int previousVersion, int version, IReadOnlyList<int> appliedVersions, bool storeCreated, string? previousSpecHash, PostgreSqlStoreError? error)
    {
        PreviousVersion = previousVersion;
        Version = version;
        AppliedVersions = appliedVersions;
        StoreCreated = storeCreated;
        PreviousSpecHash = previousSpecHash;
        Error = error;
    }

    /// <summary>The schema version before (0: none).</summary>
    public int PreviousVersion { get; }

    /// <summary>The schema version after; the previous one when refused.</summary>
    public int Version { get; }

    /// <summary>The versions whose scripts ran, in order; empty when the schema was already current (or refused).</summary>
    public IReadOnlyList<int> AppliedVersions { get; }

    /// <summary>Whether the store's owner row was written now (a new store).</summary>
    public bool StoreCreated { get; }

    /// <summary>The spec hash the store had before, when the same pilot came with a revised spec; otherwise null.</summary>
    public string? PreviousSpecHash { get; }

    /// <summary>Whether the spec hash was revised (the pilot's spec changed; its observations stay).</summary>
    public bool SpecHashRevised => PreviousSpecHash is not null;

    /// <summary>Why the migration was refused; null when it succeeded.</summary>
    public PostgreSqlStoreError? Error { get; }

    /// <summary>Whether the database is now at the current version and owned by the pilot.</summary>
    public bool Succeeded => Error is null;
}
