using System.Data.Common;
using PilotSpec.Monitoring;

namespace PilotSpec.Store.Reading;

/// <summary>
/// The store's queries and how their rows are read, the same for every engine: only the text of
/// a date and a value differs (SQLite keeps text, PostgreSQL <c>date</c> and <c>numeric</c>), so
/// each engine passes how it reads one observation.
/// </summary>
internal static class StoreQueries
{
    /// <summary>Every site's series of one indicator, in key order (one range scan); one parameter, the indicator.</summary>
    public const string IndicatorSeries = "SELECT site, date, value FROM pilotspec_observations WHERE indicator = {0} ORDER BY site, period";

    /// <summary>How many observations per indicator and site.</summary>
    public const string Counts = "SELECT indicator, site, count(*) FROM pilotspec_observations GROUP BY indicator, site";

    /// <summary>Every observation, by indicator, site and period (for export).</summary>
    public const string All = "SELECT indicator, site, date, value FROM pilotspec_observations ORDER BY indicator, site, period";

    /// <summary>Groups the rows of <see cref="IndicatorSeries"/> by site; <paramref name="observation"/> reads columns 1 (date) and 2 (value).</summary>
    public static IReadOnlyDictionary<string, Observation[]> SeriesBySite(DbDataReader reader, Func<DbDataReader, Observation> observation)
    {
        var bySite = new Dictionary<string, Observation[]>(StringComparer.Ordinal);
        var site = (string?)null;
        var series = new List<Observation>();
        while (reader.Read())
        {
            var rowSite = reader.GetString(0);
            if (!string.Equals(rowSite, site, StringComparison.Ordinal))
            {
                if (site is not null)
                {
                    bySite[site] = [.. series];
                }

                site = rowSite;
                series.Clear();
            }

            series.Add(observation(reader));
        }

        if (site is not null)
        {
            bySite[site] = [.. series];
        }

        return bySite;
    }

    /// <summary>Adds up the rows of <see cref="Counts"/> against <paramref name="pilot"/>.</summary>
    public static StoreContents Contents(DbDataReader reader, PilotDefinition pilot)
    {
        long total = 0, outside = 0;
        var sites = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            var count = reader.GetInt64(2);
            total += count;
            var site = reader.GetString(1);
            if (pilot.FindIndicator(reader.GetString(0)) is null || pilot.FindSite(site) is null)
            {
                outside += count;
            }
            else
            {
                sites.Add(site);
            }
        }

        return new StoreContents(total, outside, sites.Count);
    }
}
