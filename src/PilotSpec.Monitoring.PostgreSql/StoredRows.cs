using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Npgsql;
using PilotSpec.Monitoring.PostgreSql.Resources;

namespace PilotSpec.Monitoring.PostgreSql;

/// <summary>Loads the rows of <c>pilotspec_observations</c> into a store, counting the rows it cannot load.</summary>
internal static class StoredRows
{
    // In the order they were recorded: where two rows now fall into one period (the spec's
    // frequency changed from daily to weekly), the later one wins, as it did when it was written.
    // The value as text: a numeric written by hand may not fit a decimal (or be NaN), and one such
    // row must be reported, not make the whole store unreadable.
    private const string SelectSql =
        "SELECT indicator, site, date, value::text FROM pilotspec_observations{0} ORDER BY recorded_at, indicator, site, period";

    public static PostgreSqlLoadReport Load(NpgsqlDataSource dataSource, PilotDefinition pilot, HashSet<string>? sites, ObservationStore store)
    {
        var skipped = new Dictionary<(string Indicator, string Site, StoredRowProblem Problem), (int Rows, string Detail)>();
        var read = 0;
        var loaded = 0;
        using var command = dataSource.CreateCommand(string.Format(CultureInfo.InvariantCulture, SelectSql, sites is null ? string.Empty : " WHERE site = ANY($1)"));
        if (sites is not null)
        {
            command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = sites.ToArray() });
        }

        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            read++;
            var indicatorName = reader.GetString(0);
            var siteCode = reader.GetString(1);
            var date = reader.GetFieldValue<DateOnly>(2).ToDateTime(TimeOnly.MinValue);
            var text = reader.GetString(3);
            if (pilot.FindIndicator(indicatorName) is not { } indicator)
            {
                Skip(skipped, indicatorName, siteCode, StoredRowProblem.UnknownIndicator, () => StoreTexts.Get("RowUnknownIndicator", indicatorName, pilot.Name));
            }
            else if (pilot.FindSite(siteCode) is not { } site)
            {
                Skip(skipped, indicatorName, siteCode, StoredRowProblem.UnknownSite, () => StoreTexts.Get("RowUnknownSite", siteCode, pilot.Name));
            }
            else if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out var value))
            {
                Skip(skipped, indicatorName, siteCode, StoredRowProblem.ValueNotDecimal, () => StoreTexts.Get("RowValueNotDecimal", text));
            }
            else
            {
                // Not re-checked against today or a range: the row was accepted when written, and a
                // clock set back since must not make recorded data disappear.
                store.Replay(indicator, site, new Observation(date, value));
                loaded++;
            }
        }

        var list = skipped
            .Select(s => new SkippedStoredRows(s.Key.Indicator, s.Key.Site, s.Key.Problem, s.Value.Rows, s.Value.Detail))
            .OrderBy(s => s.Indicator, StringComparer.Ordinal).ThenBy(s => s.Site, StringComparer.Ordinal).ThenBy(s => s.Problem)
            .ToList();
        return new PostgreSqlLoadReport(pilot.Name, read, loaded, list.AsReadOnly());
    }

    private static void Skip(
        Dictionary<(string Indicator, string Site, StoredRowProblem Problem), (int Rows, string Detail)> skipped,
        string indicator,
        string site,
        StoredRowProblem problem,
        Func<string> detail)
    {
        var key = (indicator, site, problem);
        skipped[key] = skipped.TryGetValue(key, out var found) ? (found.Rows + 1, found.Detail) : (1, detail());
    }
}
