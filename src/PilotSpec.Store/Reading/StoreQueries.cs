using System.Data.Common;
using PilotSpec.Monitoring;

namespace PilotSpec.Store.Reading;

/// <summary>
/// The store's queries that are the same for every engine, and how their rows are read. Reading
/// an indicator's series differs: SQLite joins a site's rows in its own code, PostgreSQL sends rows.
/// </summary>
internal static class StoreQueries
{
    /// <summary>How many observations per indicator and site.</summary>
    public const string Counts = "SELECT indicator, site, count(*) FROM pilotspec_observations GROUP BY indicator, site";

    /// <summary>Every observation, by indicator, site and period (for export).</summary>
    public const string All = "SELECT indicator, site, date, value FROM pilotspec_observations ORDER BY indicator, site, period";

    /// <summary>
    /// The indicators the store holds, by a loose scan of the key's index: each is found by one
    /// seek past the one before (as many seeks as indicators, not a read of every row). Both
    /// engines optimise <c>min</c> over the leading column of the key into such a seek.
    /// </summary>
    public const string Indicators = """
        WITH RECURSIVE present (indicator) AS (
          SELECT min(indicator) FROM pilotspec_observations
          UNION ALL
          SELECT (SELECT min(indicator) FROM pilotspec_observations WHERE indicator > present.indicator)
          FROM present WHERE present.indicator IS NOT NULL)
        SELECT indicator FROM present WHERE indicator IS NOT NULL
        """;

    /// <summary>How many observations per site of one indicator (<c>@indicator</c>): a range scan of the key.</summary>
    public const string CountsOfIndicator = "SELECT site, count(*) FROM pilotspec_observations WHERE indicator = @indicator GROUP BY site";

    /// <summary>Adds up the rows of <see cref="Counts"/> against <paramref name="pilot"/>.</summary>
    public static StoreContents Contents(DbDataReader reader, PilotDefinition pilot)
    {
        var count = new ContentsCount(pilot);
        while (reader.Read())
        {
            count.Add(reader.GetString(0), reader.GetString(1), reader.GetInt64(2));
        }

        return count.Result;
    }

    /// <summary>
    /// What the store holds against <paramref name="pilot"/>, after an evaluation: the indicators
    /// <paramref name="read"/> has read are counted from what it read (an evaluation reads each
    /// of its indicators whole, every site), and only the others are counted in the store, one
    /// range scan each. Counting every row again costs as much as a quarter of the evaluation's
    /// own read (a scan of 9 million rows). The counts come from the moments each indicator was
    /// read, as the evaluation's data does.
    /// </summary>
    public static StoreContents Contents(DbConnection connection, PilotDefinition pilot, IObservationSource read)
    {
        var count = new ContentsCount(pilot);
        var counted = (read as IndicatorSeriesCache)?.Counted ?? new Dictionary<string, IReadOnlyList<(string Site, int Count)>>();
        foreach (var (indicator, sites) in counted)
        {
            foreach (var (site, observations) in sites)
            {
                count.Add(indicator, site, observations);
            }
        }

        var present = new List<string>();
        using (var indicators = connection.CreateCommand())
        {
            indicators.CommandText = Indicators;
            using var reader = indicators.ExecuteReader();
            while (reader.Read())
            {
                present.Add(reader.GetString(0));
            }
        }

        foreach (var indicator in present.Where(i => !counted.ContainsKey(i)))
        {
            using var sites = connection.CreateCommand();
            sites.CommandText = CountsOfIndicator;
            var name = sites.CreateParameter();
            name.ParameterName = "indicator";
            name.Value = indicator;
            sites.Parameters.Add(name);
            using var reader = sites.ExecuteReader();
            while (reader.Read())
            {
                count.Add(indicator, reader.GetString(0), reader.GetInt64(1));
            }
        }

        return count.Result;
    }
}
