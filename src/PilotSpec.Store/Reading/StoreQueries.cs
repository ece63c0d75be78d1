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
