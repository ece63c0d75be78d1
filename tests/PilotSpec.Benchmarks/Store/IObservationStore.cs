namespace PilotSpec.Benchmarks.Store;

/// <summary>
/// What the pilot office asks of its one-file store: the workloads of measure-store-engines, each
/// written the fastest correct way the engine offers, so that the engines are compared and not the
/// code around them.
/// </summary>
public interface IObservationStore : IDisposable
{
    /// <summary>Upserts one file's rows (last write wins) in one transaction: a file is in whole or not at all.</summary>
    void IngestFile(IEnumerable<Observation> rows);

    long Count();

    /// <summary>Every site's series of <paramref name="indicator"/> up to <paramref name="asOf"/>, ordered by site and date.</summary>
    void ReadSeries(string indicator, DateOnly asOf, List<SeriesPoint> into);

    /// <summary>The stored value of one key, or null (the check that a replace took).</summary>
    decimal? ValueOf(string indicator, string site, long period);

    /// <summary>Each site's latest value of <paramref name="indicator"/> as of <paramref name="asOf"/>: how many sites, and their exact mean.</summary>
    (int Sites, decimal Mean) LatestMean(string indicator, DateOnly asOf);

    /// <summary>Folds the engine's log into the main file, so that the file size measured is the store's.</summary>
    void Checkpoint();
}
