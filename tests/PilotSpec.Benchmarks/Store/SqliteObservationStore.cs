using System.Globalization;
using Microsoft.Data.Sqlite;

namespace PilotSpec.Benchmarks.Store;

/// <summary>
/// The store on SQLite (Microsoft.Data.Sqlite with its default e_sqlite3 bundle). SQLite has no
/// decimal type, so the value is TEXT holding the invariant-culture decimal (exact, and read back
/// with decimal.Parse); the date is TEXT in ISO form, which compares in date order.
/// </summary>
public sealed class SqliteObservationStore : IObservationStore
{
    private readonly SqliteConnection connection;

    /// <param name="withoutRowId">
    /// True: a WITHOUT ROWID table, whose B-tree is the primary key itself (one tree, no separate
    /// key index). False: an ordinary rowid table plus the primary key's index, to compare.
    /// </param>
    public SqliteObservationStore(string path, bool create, bool withoutRowId)
    {
        // No pooling: Dispose must really close the file, so its size can be measured and it can be deleted.
        connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        // WAL: a reader in another process keeps reading while a file is ingested; NORMAL syncs at
        // checkpoints rather than at every commit (a crash may lose the last commits, never corrupt).
        Execute("PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;");
        if (create)
        {
            Execute(
                "CREATE TABLE observations(indicator TEXT NOT NULL, site TEXT NOT NULL, period INTEGER NOT NULL, date TEXT NOT NULL, value TEXT NOT NULL, " +
                "PRIMARY KEY (indicator, site, period))" + (withoutRowId ? " WITHOUT ROWID" : string.Empty));
        }
    }

    public void IngestFile(IEnumerable<Observation> rows)
    {
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            "INSERT INTO observations(indicator, site, period, date, value) VALUES ($indicator, $site, $period, $date, $value) " +
            "ON CONFLICT(indicator, site, period) DO UPDATE SET date = excluded.date, value = excluded.value";
        var indicator = command.Parameters.Add("$indicator", SqliteType.Text);
        var site = command.Parameters.Add("$site", SqliteType.Text);
        var period = command.Parameters.Add("$period", SqliteType.Integer);
        var date = command.Parameters.Add("$date", SqliteType.Text);
        var value = command.Parameters.Add("$value", SqliteType.Text);
        // Prepared once, executed per row: SQLite's fastest way in, short of its C API.
        command.Prepare();
        foreach (var row in rows)
        {
            indicator.Value = row.Indicator;
            site.Value = row.Site;
            period.Value = row.Period;
            date.Value = row.Date;
            value.Value = row.Value.ToString(CultureInfo.InvariantCulture);
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    public long Count()
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM observations";
        return (long)command.ExecuteScalar()!;
    }

    public void ReadSeries(string indicator, DateOnly asOf, List<SeriesPoint> into)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT site, date, value FROM observations WHERE indicator = $indicator AND date <= $asOf ORDER BY site, date";
        command.Parameters.AddWithValue("$indicator", indicator);
        command.Parameters.AddWithValue("$asOf", asOf);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            into.Add(new SeriesPoint(
                reader.GetString(0),
                reader.GetFieldValue<DateOnly>(1),
                decimal.Parse(reader.GetString(2), NumberStyles.Number, CultureInfo.InvariantCulture)));
        }
    }

    public decimal? ValueOf(string indicator, string site, long period)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM observations WHERE indicator = $indicator AND site = $site AND period = $period";
        command.Parameters.AddWithValue("$indicator", indicator);
        command.Parameters.AddWithValue("$site", site);
        command.Parameters.AddWithValue("$period", period);
        return command.ExecuteScalar() is string text ? decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture) : null;
    }

    public (int Sites, decimal Mean) LatestMean(string indicator, DateOnly asOf)
    {
        // The latest period per site by a max(period) join, which the primary key answers; the mean is
        // summed here in decimal, because SQLite's avg() of TEXT would go through a double.
        using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT o.value FROM observations o JOIN (" +
            "  SELECT site, max(period) AS period FROM observations WHERE indicator = $indicator AND date <= $asOf GROUP BY site" +
            ") latest ON o.indicator = $indicator AND o.site = latest.site AND o.period = latest.period";
        command.Parameters.AddWithValue("$indicator", indicator);
        command.Parameters.AddWithValue("$asOf", asOf);
        using var reader = command.ExecuteReader();
        var sites = 0;
        var sum = 0m;
        while (reader.Read())
        {
            sum += decimal.Parse(reader.GetString(0), NumberStyles.Number, CultureInfo.InvariantCulture);
            sites++;
        }

        return (sites, sites == 0 ? 0m : sum / sites);
    }

    public void Checkpoint() => Execute("PRAGMA wal_checkpoint(TRUNCATE);");

    public void Dispose() => connection.Dispose();

    private void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
