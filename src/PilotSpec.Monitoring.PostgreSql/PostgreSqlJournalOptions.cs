using System.Collections.Generic;

namespace PilotSpec.Monitoring.PostgreSql;

/// <summary>How <see cref="PostgreSqlObservationJournal.Open"/> loads and what the new store checks.</summary>
public sealed class PostgreSqlJournalOptions
{
    /// <summary>
    /// The codes of the sites whose observations to load; null loads every site's. A site's
    /// monitor names its own site(s), so that it does not load a national programme, and can then
    /// record only there: recording at a site it did not load could report a replacement as new.
    /// </summary>
    public IReadOnlyCollection<string>? Sites { get; set; }

    /// <summary>What "today" is for the new store: observations dated after it are refused. Null: the machine's local day.</summary>
    public IClock? Clock { get; set; }
}
