using System.Collections.Generic;
using System.Linq;
using PilotSpec.Monitoring.PostgreSql.Resources;

namespace PilotSpec.Monitoring.PostgreSql;

/// <summary>
/// What opening a <see cref="PostgreSqlObservationJournal"/> loaded: how many stored rows it read
/// and replayed, and the rows it kept in the database without loading them (indicators or sites
/// the spec does not have, values the engine cannot compute with), grouped by indicator and site.
/// </summary>
public sealed class PostgreSqlLoadReport
{
    internal PostgreSqlLoadReport(string pilot, int rowsRead, int observationsLoaded, IReadOnlyList<SkippedStoredRows> skipped)
    {
        Pilot = pilot;
        RowsRead = rowsRead;
        ObservationsLoaded = observationsLoaded;
        Skipped = skipped;
    }

    /// <summary>The pilot whose store was loaded.</summary>
    public string Pilot { get; }

    /// <summary>How many rows were read (of the sites asked for, when <see cref="PostgreSqlJournalOptions.Sites"/> was given).</summary>
    public int RowsRead { get; }

    /// <summary>How many rows were replayed into the store.</summary>
    public int ObservationsLoaded { get; }

    /// <summary>The rows that were not loaded, per indicator and site. They stay in the database.</summary>
    public IReadOnlyList<SkippedStoredRows> Skipped { get; }

    /// <summary>How many rows were not loaded, all together.</summary>
    public int SkippedRows => Skipped.Sum(s => s.Rows);

    /// <summary>Whether every row read was loaded.</summary>
    public bool IsClean => Skipped.Count == 0;

    /// <inheritdoc/>
    public override string ToString() => StoreTexts.Get("LoadSummary", Pilot, ObservationsLoaded, SkippedRows);
}

/// <summary>Stored rows of one indicator and site that loading kept in the database but did not replay.</summary>
public sealed class SkippedStoredRows
{
    internal SkippedStoredRows(string indicator, string site, StoredRowProblem problem, int rows, string detail)
    {
        Indicator = indicator;
        Site = site;
        Problem = problem;
        Rows = rows;
        Detail = detail;
    }

    /// <summary>The indicator the rows name.</summary>
    public string Indicator { get; }

    /// <summary>The site the rows name.</summary>
    public string Site { get; }

    /// <summary>Why they were not loaded.</summary>
    public StoredRowProblem Problem { get; }

    /// <summary>How many rows.</summary>
    public int Rows { get; }

    /// <summary>A sentence saying why, in the current UI culture.</summary>
    public string Detail { get; }

    /// <inheritdoc/>
    public override string ToString() => StoreTexts.Get("SkippedRows", Indicator, Site, Rows, Detail);
}

/// <summary>Why a stored row was not loaded.</summary>
public enum StoredRowProblem
{
    /// <summary>The indicator is not one of the pilot's (the spec changed since it was written).</summary>
    UnknownIndicator,

    /// <summary>The site is not one of the pilot's (the spec changed since it was written).</summary>
    UnknownSite,

    /// <summary>The value is not a decimal the engine can compute with (NaN, or too large: written by hand).</summary>
    ValueNotDecimal,
}
