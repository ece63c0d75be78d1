using PilotSpec.Monitoring;

namespace PilotSpec.Store;

/// <summary>
/// A pilot office's store of every site's observations, whatever the engine behind it. One value
/// counts per indicator, site and measurement period, the last written winning, exactly as in a
/// monitor's in-memory <see cref="ObservationStore"/>; the evaluation engine reads it through
/// <see cref="Reader"/> one indicator at a time, so memory follows the spec, not the data.
/// </summary>
public interface IPilotStore : IDisposable
{
    /// <summary>The store as the user named it, safe to print (no password).</summary>
    string Name { get; }

    /// <summary>The spec the store's data belongs to, as last recorded.</summary>
    StoreIdentity Identity { get; }

    /// <summary>
    /// Whether a batch may be written while another, begun earlier, commits on another thread
    /// (each batch has a connection of its own). When not, a batch is begun only after the
    /// previous one is committed or disposed.
    /// </summary>
    bool CommitsWhileNextStreams { get; }

    /// <summary>Starts a transaction for one file's observations, checked against <paramref name="pilot"/> as a monitor checks them.</summary>
    IIngestBatch BeginIngest(PilotDefinition pilot, IClock clock);

    /// <summary>The observations, as the evaluation engine reads them.</summary>
    IObservationSource Reader(PilotDefinition pilot);

    /// <summary>
    /// <see cref="Reader(PilotDefinition)"/>, reading <paramref name="readAhead"/> (the indicators
    /// the evaluations will ask for, in their order) on a thread of its own while the budget lasts.
    /// </summary>
    IObservationSource Reader(PilotDefinition pilot, IReadOnlyList<IndicatorDefinition> readAhead);

    /// <summary>Counts what the store holds against <paramref name="pilot"/>'s indicators and sites; safe to call while <see cref="Reader"/> reads.</summary>
    StoreContents Contents(PilotDefinition pilot);

    /// <summary>
    /// <see cref="Contents(PilotDefinition)"/> after an evaluation through <paramref name="read"/>
    /// (a <see cref="Reader"/> of this store): the indicators it read are counted from what it read.
    /// </summary>
    StoreContents Contents(PilotDefinition pilot, IObservationSource read);

    /// <summary>Every observation, by indicator, site and date: streamed, for export.</summary>
    IEnumerable<StoredObservation> ReadAll();

    /// <summary>Records that the data now belongs to a revised version of the same pilot's spec.</summary>
    void Rebind(StoreIdentity identity);
}
