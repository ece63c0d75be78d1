using PilotSpec.Store.Intake;

namespace PilotSpec.Store;

/// <summary>
/// One file's worth of observations, written in one transaction: <see cref="Commit"/> makes all
/// of them visible at once, and disposing without committing (a refused row, a crash, a kill)
/// leaves the store as it was. Each row replaces the value of its indicator, site and period,
/// so ingesting the same file again changes nothing.
/// </summary>
public interface IIngestBatch : IObservationSink, IDisposable
{
    /// <summary>Rows written so far in this batch (rows given, including rows a later row of the same period replaced).</summary>
    long Written { get; }

    /// <summary>
    /// Rows that added a value or changed one (ingesting a file again changes none). Read it after
    /// <see cref="Commit"/>. The engines count alike except for a period written twice in one
    /// batch: the embedded engine counts as the rows are written (each row that changed what was
    /// there, the batch's own earlier row included), the PostgreSQL engine upserts the whole batch
    /// at the commit, one row per period, and counts the periods added or changed (0 before the commit).
    /// </summary>
    long Changed { get; }

    /// <summary>Makes the batch durable and visible; returns only after the engine committed it.</summary>
    void Commit();
}
