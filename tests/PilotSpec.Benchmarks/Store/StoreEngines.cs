namespace PilotSpec.Benchmarks.Store;

/// <summary>The engines (and variants of them) that measure-store-engines can run, by name.</summary>
public static class StoreEngines
{
    /// <summary>The two candidates, each the way the brief asks for it.</summary>
    public static readonly string[] Default = ["sqlite", "duckdb"];

    /// <summary>
    /// sqlite: WITHOUT ROWID table, evaluation read on SQLitePCLRaw. sqlite-ado: the same read on the
    /// ADO.NET reader. sqlite-rowid: ordinary rowid table plus key index (raw read).
    /// duckdb: Appender into staging, then one upsert per file. duckdb-params: a parameterised upsert per row.
    /// duckdb-400mb: duckdb with memory_limit 400MB (its default is 80% of the machine's memory).
    /// </summary>
    public static readonly string[] All = ["sqlite", "sqlite-ado", "sqlite-rowid", "duckdb", "duckdb-params", "duckdb-400mb"];

    public static IObservationStore Open(string engine, string path, bool create) => engine switch
    {
        "sqlite" => new SqliteObservationStore(path, create, withoutRowId: true, rawReader: true),
        "sqlite-ado" => new SqliteObservationStore(path, create, withoutRowId: true, rawReader: false),
        "sqlite-rowid" => new SqliteObservationStore(path, create, withoutRowId: false, rawReader: true),
        "duckdb" => new DuckDbObservationStore(path, create, appender: true, memoryLimit: null),
        "duckdb-params" => new DuckDbObservationStore(path, create, appender: false, memoryLimit: null),
        "duckdb-400mb" => new DuckDbObservationStore(path, create, appender: true, memoryLimit: "400MB"),
        _ => throw new ArgumentException($"unknown engine '{engine}' (known: {string.Join(", ", All)})", nameof(engine)),
    };

    /// <summary>The store's files on disk: the main file and its logs (SQLite's -wal and -shm, DuckDB's .wal).</summary>
    public static IEnumerable<string> FilesOf(string path) =>
        new[] { path, path + "-wal", path + "-shm", path + "-journal", path + ".wal" }.Where(File.Exists);

    public static void Delete(string path)
    {
        foreach (var file in FilesOf(path))
        {
            File.Delete(file);
        }
    }
}
