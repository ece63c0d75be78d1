using DuckDB.NET.Data;

namespace PilotSpec.Benchmarks.Store;

/// <summary>
/// The store on DuckDB (DuckDB.NET.Data.Full, which ships libduckdb). The value is DECIMAL(38,10):
/// exact fixed point that DuckDB sums and compares natively and stores compressed, where VARCHAR
/// would need a cast in every aggregate. Its limit is 10 digits after the point (and 28 before): a
/// decimal with more would be rounded, so a real store must refuse it on the way in.
/// </summary>
public sealed class DuckDbObservationStore : IObservationStore
{
    private readonly DuckDBConnection connection;
    private readonly bool appender;

    /// <param name="appender">
    /// True: each file goes through DuckDB's Appender into a temporary staging table and then one
    /// INSERT ... ON CONFLICT from staging (set-based, DuckDB's strength). False: one parameterised
    /// upsert per row, as SQLite does, to compare.
    /// </param>
    /// <param name="memoryLimit">DuckDB's memory_limit (e.g. "400MB"), or null for its default of 80% of the machine's memory.</param>
    public DuckDbObservationStore(string path, bool create, bool appender, string? memoryLimit)
    {
        this.appender = appender;
        connection = new DuckDBConnection("Data Source=" + path);
        connection.Open();
        if (memoryLimit is not null)
        {
            Execute($"SET memory_limit = '{memoryLimit}'");
        }

        if (create)
        {
            Execute(
                "CREATE TABLE observations(indicator VARCHAR NOT NULL, site VARCHAR NOT NULL, period BIGINT NOT NULL, date DATE NOT NULL, value DECIMAL(38,10) NOT NULL, " +
                "PRIMARY KEY (indicator, site, period))");
        }

        if (appender)
        {
            // TEMP: the staging rows never reach the file or its WAL; only the upsert from them does.
            Execute("CREATE TEMP TABLE staging(indicator VARCHAR, site VARCHAR, period BIGINT, date DATE, value DECIMAL(38,10))");
        }
    }

    public void IngestFile(IEnumerable<Observation> rows)
    {
        if (appender)
        {
            IngestByAppender(rows);
        }
        else
        {
            IngestByParameters(rows);
        }
    }

    public long Count()
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM observations";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void ReadSeries(string indicator, DateOnly asOf, List<SeriesPoint> into)
    {
        using var command = connection.CreateCommand();
        // The same order as SQLite's query (site, then period = site, then date); DuckDB sorts either way.
        command.CommandText = "SELECT site, date, value FROM observations WHERE indicator = $indicator AND date <= $asOf ORDER BY site, period";
        command.Parameters.Add(new DuckDBParameter("indicator", indicator));
        command.Parameters.Add(new DuckDBParameter("asOf", asOf));
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            into.Add(new SeriesPoint(reader.GetString(0), reader.GetFieldValue<DateOnly>(1), reader.GetDecimal(2)));
        }
    }

    public decimal? ValueOf(string indicator, string site, long period)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM observations WHERE indicator = $indicator AND site = $site AND period = $period";
        command.Parameters.Add(new DuckDBParameter("indicator", indicator));
        command.Parameters.Add(new DuckDBParameter("site", site));
        command.Parameters.Add(new DuckDBParameter("period", period));
        return command.ExecuteScalar() is decimal value ? value : null;
    }

    public (int Sites, decimal Mean) LatestMean(string indicator, DateOnly asOf)
    {
        // QUALIFY keeps each site's latest row; the exact DECIMAL sum comes back, and the mean is
        // divided here, since DuckDB's avg() of a DECIMAL is a DOUBLE.
        using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT count(*), sum(value) FROM (" +
            "  SELECT value FROM observations WHERE indicator = $indicator AND date <= $asOf" +
            "  QUALIFY row_number() OVER (PARTITION BY site ORDER BY period DESC) = 1)";
        command.Parameters.Add(new DuckDBParameter("indicator", indicator));
        command.Parameters.Add(new DuckDBParameter("asOf", asOf));
        using var reader = command.ExecuteReader();
        reader.Read();
        var sites = Convert.ToInt32(reader.GetValue(0), System.Globalization.CultureInfo.InvariantCulture);
        return (sites, sites == 0 ? 0m : reader.GetDecimal(1) / sites);
    }

    public void Checkpoint() => Execute("CHECKPOINT");

    public void Dispose() => connection.Dispose();

    private void IngestByAppender(IEnumerable<Observation> rows)
    {
        using (var staging = connection.CreateAppender("staging"))
        {
            foreach (var row in rows)
            {
                staging.CreateRow()
                    .AppendValue(row.Indicator)
                    .AppendValue(row.Site)
                    .AppendValue((long?)row.Period)
                    .AppendValue((DateOnly?)row.Date)
                    .AppendValue((decimal?)row.Value)
                    .EndRow();
            }
        }

        // The file's rows reach the table in one transaction, or not at all.
        using var transaction = connection.BeginTransaction();
        Execute(
            "INSERT INTO observations SELECT indicator, site, period, date, value FROM staging " +
            "ON CONFLICT (indicator, site, period) DO UPDATE SET date = excluded.date, value = excluded.value");
        Execute("DELETE FROM staging");
        transaction.Commit();
    }

    private void IngestByParameters(IEnumerable<Observation> rows)
    {
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            "INSERT INTO observations VALUES ($indicator, $site, $period, $date, $value) " +
            "ON CONFLICT (indicator, site, period) DO UPDATE SET date = excluded.date, value = excluded.value";
        var indicator = new DuckDBParameter("indicator", string.Empty);
        var site = new DuckDBParameter("site", string.Empty);
        var period = new DuckDBParameter("period", 0L);
        var date = new DuckDBParameter("date", default(DateOnly));
        var value = new DuckDBParameter("value", 0m);
        command.Parameters.Add(indicator);
        command.Parameters.Add(site);
        command.Parameters.Add(period);
        command.Parameters.Add(date);
        command.Parameters.Add(value);
        command.Prepare();
        foreach (var row in rows)
        {
            indicator.Value = row.Indicator;
            site.Value = row.Site;
            period.Value = row.Period;
            date.Value = row.Date;
            value.Value = row.Value;
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private void Execute(string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
