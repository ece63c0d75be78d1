using System.Buffers.Text;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace PilotSpec.Benchmarks.Store;

/// <summary>
/// The store on SQLite (Microsoft.Data.Sqlite with its default e_sqlite3 bundle). SQLite has no
/// decimal type, so the value is TEXT holding the invariant-culture decimal (exact, and read back
/// with decimal.Parse); the date is TEXT in ISO form, which compares in date order.
/// </summary>
public sealed class SqliteObservationStore : IObservationStore
{
    // ORDER BY site, period gives the order of site, date (a date lies in its period's month) and
    // is the primary key's own order, so SQLite needs no sort (with "date" it builds a temp B-tree).
    private const string SeriesQuery = "SELECT site, date, value FROM observations WHERE indicator = $indicator AND date <= $asOf ORDER BY site, period";

    private readonly SqliteConnection connection;
    private readonly bool rawReader;

    /// <param name="withoutRowId">
    /// True: a WITHOUT ROWID table, whose B-tree is the primary key itself (one tree, no separate
    /// key index). False: an ordinary rowid table plus the primary key's index, to compare.
    /// </param>
    /// <param name="rawReader">True: the evaluation read on SQLitePCLRaw (see <see cref="ReadSeriesRaw"/>); false: on the ADO.NET reader.</param>
    public SqliteObservationStore(string path, bool create, bool withoutRowId, bool rawReader)
    {
        this.rawReader = rawReader;
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
        if (rawReader)
        {
            ReadSeriesRaw(indicator, asOf, into);
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = SeriesQuery;
        command.Parameters.AddWithValue("$indicator", indicator);
        command.Parameters.AddWithValue("$asOf", asOf);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            into.Add(new SeriesPoint(
                reader.GetString(0),
                DateOnly.ParseExact(reader.GetString(1), "yyyy-MM-dd", CultureInfo.InvariantCulture), // faster than GetFieldValue<DateOnly>'s general parse
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

    /// <summary>
    /// The same read on SQLitePCLRaw, the layer under Microsoft.Data.Sqlite (same connection): the
    /// columns' UTF-8 bytes are parsed where they lie, and a site's name is made once per site, not
    /// once per row. The ADO.NET reader makes three strings a row; at 9M rows that doubles the time.
    /// </summary>
    private void ReadSeriesRaw(string indicator, DateOnly asOf, List<SeriesPoint> into)
    {
        Check(raw.sqlite3_prepare_v2(connection.Handle, SeriesQuery, out var statement));
        using (statement)
        {
            Check(raw.sqlite3_bind_text(statement, 1, indicator));
            Check(raw.sqlite3_bind_text(statement, 2, asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            var site = string.Empty;
            var siteBytes = Array.Empty<byte>();
            int step;
            while ((step = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
                var siteText = raw.sqlite3_column_blob(statement, 0);
                if (!siteText.SequenceEqual(siteBytes))
                {
                    siteBytes = siteText.ToArray();
                    site = Encoding.UTF8.GetString(siteText);
                }

                into.Add(new SeriesPoint(site, ParseDate(raw.sqlite3_column_blob(statement, 1)), ParseDecimal(raw.sqlite3_column_blob(statement, 2))));
            }

            if (step != raw.SQLITE_DONE)
            {
                Check(step);
            }
        }
    }

    /// <summary>yyyy-MM-dd, as Microsoft.Data.Sqlite writes a DateOnly.</summary>
    private static DateOnly ParseDate(ReadOnlySpan<byte> text) =>
        text.Length == 10 && Utf8Parser.TryParse(text[..4], out int year, out var a) && a == 4
            && Utf8Parser.TryParse(text.Slice(5, 2), out int month, out var b) && b == 2
            && Utf8Parser.TryParse(text.Slice(8, 2), out int day, out var c) && c == 2
            ? new DateOnly(year, month, day)
            : DateOnly.ParseExact(Encoding.UTF8.GetString(text), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The invariant-culture decimal; anything the fast parser does not take whole goes to decimal.Parse.</summary>
    private static decimal ParseDecimal(ReadOnlySpan<byte> text) =>
        Utf8Parser.TryParse(text, out decimal value, out var consumed) && consumed == text.Length
            ? value
            : decimal.Parse(Encoding.UTF8.GetString(text), NumberStyles.Number, CultureInfo.InvariantCulture);

    private void Check(int code)
    {
        if (code != raw.SQLITE_OK)
        {
            throw new SqliteException(raw.sqlite3_errmsg(connection.Handle).utf8_to_string(), code);
        }
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
