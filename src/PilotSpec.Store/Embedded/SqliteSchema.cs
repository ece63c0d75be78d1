using System.Globalization;
using System.Reflection;
using Microsoft.Data.Sqlite;

namespace PilotSpec.Store.Embedded;

/// <summary>
/// The embedded store's versioned schema: SQL scripts shipped in this assembly
/// (<c>Schema/NNNN_name.sql</c>), applied in order inside one transaction, each recorded in
/// <c>pilotspec_schema</c>. Written here rather than with DbUp (dbup-sqlite is served):
/// the whole runner is the loop below, and DbUp would add two packages and reflection-based
/// script discovery to a tool that ships native (AOT); the PostgreSQL store shares the
/// scripts' numbering, not the runner.
/// </summary>
internal static class SqliteSchema
{
    /// <summary>The version this PilotSpec writes and reads.</summary>
    public static int Current => Scripts.Count;

    private static IReadOnlyList<(int Version, string Sql)> Scripts { get; } = LoadScripts();

    /// <summary>The highest version applied, 0 for an empty database, or null when the file is not a PilotSpec store.</summary>
    public static int? VersionOf(SqliteConnection connection)
    {
        if (!TableExists(connection, "pilotspec_schema"))
        {
            // An empty database is a store-to-be; a database with other tables is someone else's.
            using var any = connection.CreateCommand();
            any.CommandText = "SELECT count(*) FROM sqlite_schema WHERE type = 'table'";
            return Convert.ToInt64(any.ExecuteScalar(), CultureInfo.InvariantCulture) == 0 ? 0 : null;
        }

        using var command = connection.CreateCommand();
        command.CommandText = "SELECT coalesce(max(version), 0) FROM pilotspec_schema";
        return Convert.ToInt32(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>Applies every script after <paramref name="from"/> in <paramref name="transaction"/>.</summary>
    public static void Migrate(SqliteConnection connection, SqliteTransaction transaction, int from)
    {
        if (from == 0)
        {
            Execute(connection, transaction, "CREATE TABLE pilotspec_schema (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
        }

        foreach (var (version, sql) in Scripts.Where(s => s.Version > from))
        {
            Execute(connection, transaction, sql);
            using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO pilotspec_schema (version, applied_at) VALUES ($version, $at)";
            record.Parameters.AddWithValue("$version", version);
            record.Parameters.AddWithValue("$at", DateTime.UtcNow.ToString("o", CultureInfo.InvariantCulture));
            record.ExecuteNonQuery();
        }
    }

    private static bool TableExists(SqliteConnection connection, string name)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = $name";
        command.Parameters.AddWithValue("$name", name);
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture) > 0;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    // Scripts are numbered 0001, 0002, ... without gaps: a gap would be a script lost in packing.
    private static IReadOnlyList<(int, string)> LoadScripts()
    {
        const string prefix = "PilotSpec.Store.Embedded.Schema.";
        var assembly = typeof(SqliteSchema).Assembly;
        var scripts = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => (Version: int.Parse(n.AsSpan(prefix.Length, 4), CultureInfo.InvariantCulture), Sql: Read(assembly, n)))
            .OrderBy(s => s.Version)
            .ToList();
        for (var i = 0; i < scripts.Count; i++)
        {
            if (scripts[i].Version != i + 1)
            {
                throw new InvalidOperationException($"The store's schema scripts skip version {i + 1}.");
            }
        }

        return scripts;
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
