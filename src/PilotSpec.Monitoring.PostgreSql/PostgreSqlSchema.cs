using System;
using System.Collections.Generic;
using Npgsql;
using PilotSpec.Monitoring.PostgreSql.Resources;
using PilotSpec.Monitoring.PostgreSql.Schema;

namespace PilotSpec.Monitoring.PostgreSql;

/// <summary>
/// The store's schema, versioned: the embedded scripts <c>Schema/0001_observations.sql</c>, ...
/// and the versions a database has applied, in <c>pilotspec_schema(version, applied_at)</c>.
/// <see cref="Migrate"/> creates or upgrades a database (what <c>pilotc store init</c> does);
/// <see cref="Check(NpgsqlDataSource, string?)"/> tells whether one can be used as it is.
/// </summary>
/// <remarks>
/// A small runner rather than DbUp (dbup-postgresql): DbUp journals applied scripts by name in
/// a table of its own, while the embedded-engine store and pilotc read one integer version from
/// <c>pilotspec_schema</c>; and a migration here must do more than run scripts, all in the same
/// transaction: hold an advisory lock so that site processes starting together do not migrate
/// twice, refuse a database of another pilot and record a revised spec hash. With DbUp each of
/// those would be a custom journal or hook around it, for about the size of this class, plus two
/// more packages for every site system to carry.
/// </remarks>
public static class PostgreSqlSchema
{
    // pg_advisory_xact_lock's key: "PilotSpe" in ASCII, so that another application's advisory
    // locks in the same database are unlikely to collide with it. Released at commit or rollback.
    private const long MigrationLockKey = 0x50696C6F74537065;

    /// <summary>The schema version this library writes and reads: the number of its scripts.</summary>
    public static int CurrentVersion => SchemaScripts.All.Count;

    /// <summary>
    /// Creates or upgrades the schema of the database <paramref name="dataSource"/> connects to,
    /// and makes <paramref name="identity"/>'s pilot its owner, all in one transaction: either
    /// all of it happens or nothing. Running it again changes nothing; running it with the same
    /// pilot and a revised spec hash records the new hash (the observations stay).
    /// </summary>
    /// <returns>What was done, or an error value (and nothing changed) when the store belongs to
    /// another pilot or its schema is newer than this library knows.</returns>
    /// <exception cref="NpgsqlException">The server could not be reached or a statement failed.</exception>
    public static SchemaMigration Migrate(NpgsqlDataSource dataSource, PilotIdentity identity)
    {
        if (dataSource is null)
        {
            throw new ArgumentNullException(nameof(dataSource));
        }

        if (identity is null)
        {
            throw new ArgumentNullException(nameof(identity));
        }

        using var connection = dataSource.OpenConnection();
        using var transaction = connection.BeginTransaction();

        // Everything below runs under the lock: a second process migrating at the same time
        // waits here and then finds the schema current (CREATE TABLE IF NOT EXISTS alone races).
        using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock($1)", connection, transaction))
        {
            lockCommand.Parameters.Add(new NpgsqlParameter<long> { TypedValue = MigrationLockKey });
            lockCommand.ExecuteNonQuery();
        }

        Execute(connection, transaction, "CREATE TABLE IF NOT EXISTS pilotspec_schema (version int PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())");
        var previous = ReadVersion(connection, transaction);
        if (previous > CurrentVersion)
        {
            transaction.Rollback();
            return new SchemaMigration(previous, previous, Array.Empty<int>(), false, null, NewerSchema(previous));
        }

        var applied = new List<int>();
        foreach (var script in SchemaScripts.All)
        {
            if (script.Version <= previous)
            {
                continue;
            }

            Execute(connection, transaction, script.Sql);
            using (var record = new NpgsqlCommand("INSERT INTO pilotspec_schema (version) VALUES ($1)", connection, transaction))
            {
                record.Parameters.Add(new NpgsqlParameter<int> { TypedValue = script.Version });
                record.ExecuteNonQuery();
            }

            applied.Add(script.Version);
        }

        var owner = ReadOwner(connection, transaction, forUpdate: true);
        var created = false;
        string? previousHash = null;
        if (owner is null)
        {
            using var insert = new NpgsqlCommand("INSERT INTO pilotspec_store (pilot, spec_hash) VALUES ($1, $2)", connection, transaction);
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = identity.Pilot });
            insert.Parameters.Add(new NpgsqlParameter<string> { TypedValue = identity.SpecHash });
            insert.ExecuteNonQuery();
            created = true;
        }
        else if (!string.Equals(owner.Value.Pilot, identity.Pilot, StringComparison.Ordinal))
        {
            // Never take over another pilot's observations: the rollback also undoes any upgrade above.
            transaction.Rollback();
            return new SchemaMigration(previous, previous, Array.Empty<int>(), false, null, OtherPilot(owner.Value.Pilot, identity.Pilot));
        }
        else if (!string.Equals(owner.Value.SpecHash, identity.SpecHash, StringComparison.Ordinal))
        {
            using var update = new NpgsqlCommand("UPDATE pilotspec_store SET spec_hash = $1, updated_at = now()", connection, transaction);
            update.Parameters.Add(new NpgsqlParameter<string> { TypedValue = identity.SpecHash });
            update.ExecuteNonQuery();
            previousHash = owner.Value.SpecHash;
        }

        transaction.Commit();
        return new SchemaMigration(previous, CurrentVersion, applied.AsReadOnly(), created, previousHash, null);
    }

    /// <summary>
    /// Tells whether the database <paramref name="dataSource"/> connects to is at
    /// <see cref="CurrentVersion"/> and has an owner, and, when <paramref name="pilot"/> is given,
    /// whether that pilot owns it. Reads only.
    /// </summary>
    /// <returns>The version found and the owner; an error value for no schema, an older or a
    /// newer one, no owner or another pilot's store.</returns>
    /// <exception cref="NpgsqlException">The server could not be reached or a query failed.</exception>
    public static SchemaCheck Check(NpgsqlDataSource dataSource, string? pilot = null)
    {
        if (dataSource is null)
        {
            throw new ArgumentNullException(nameof(dataSource));
        }

        using var connection = dataSource.OpenConnection();
        using (var exists = new NpgsqlCommand("SELECT to_regclass('pilotspec_schema') IS NOT NULL", connection))
        {
            if (!(bool)exists.ExecuteScalar()!)
            {
                return new SchemaCheck(0, null, null, NoSchema());
            }
        }

        var version = ReadVersion(connection, null);
        if (version == 0)
        {
            return new SchemaCheck(0, null, null, NoSchema());
        }

        if (version < CurrentVersion)
        {
            return new SchemaCheck(version, null, null, new PostgreSqlStoreError(StoreErrorKind.OutdatedSchema, StoreTexts.Get("OutdatedSchema", version, CurrentVersion)));
        }

        if (version > CurrentVersion)
        {
            return new SchemaCheck(version, null, null, NewerSchema(version));
        }

        var owner = ReadOwner(connection, null, forUpdate: false);
        if (owner is null)
        {
            return new SchemaCheck(version, null, null, new PostgreSqlStoreError(StoreErrorKind.NoStore, StoreTexts.Get("NoStore")));
        }

        var error = pilot is not null && !string.Equals(owner.Value.Pilot, pilot, StringComparison.Ordinal) ? OtherPilot(owner.Value.Pilot, pilot) : null;
        return new SchemaCheck(version, owner.Value.Pilot, owner.Value.SpecHash, error);
    }

    private static PostgreSqlStoreError NoSchema() => new PostgreSqlStoreError(StoreErrorKind.NoSchema, StoreTexts.Get("NoSchema"));

    private static PostgreSqlStoreError NewerSchema(int version) =>
        new PostgreSqlStoreError(StoreErrorKind.NewerSchema, StoreTexts.Get("NewerSchema", version, CurrentVersion));

    private static PostgreSqlStoreError OtherPilot(string owner, string pilot) =>
        new PostgreSqlStoreError(StoreErrorKind.OtherPilot, StoreTexts.Get("OtherPilot", owner, pilot));

    private static void Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection, transaction);
        command.ExecuteNonQuery();
    }

    private static int ReadVersion(NpgsqlConnection connection, NpgsqlTransaction? transaction)
    {
        using var command = new NpgsqlCommand("SELECT coalesce(max(version), 0) FROM pilotspec_schema", connection, transaction);
        return (int)command.ExecuteScalar()!;
    }

    private static (string Pilot, string SpecHash)? ReadOwner(NpgsqlConnection connection, NpgsqlTransaction? transaction, bool forUpdate)
    {
        using var command = new NpgsqlCommand("SELECT pilot, spec_hash FROM pilotspec_store" + (forUpdate ? " FOR UPDATE" : string.Empty), connection, transaction);
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetString(0), reader.GetString(1)) : null;
    }
}
