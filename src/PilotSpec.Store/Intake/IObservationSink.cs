using PilotSpec.Monitoring;

namespace PilotSpec.Store.Intake;

/// <summary>
/// Where <see cref="ObservationIntake"/> puts the rows it accepts: a monitor's in-memory
/// <see cref="ObservationStore"/> (<c>pilotc evaluate --observations</c>) or a transaction of
/// the pilot office's store (<c>pilotc ingest</c>). Either applies the store's checks and
/// throws <see cref="ObservationRejectedException"/> for a value a monitor would refuse.
/// </summary>
public interface IObservationSink
{
    /// <summary>Records one observation, replacing the value of the same indicator, site and period.</summary>
    void Record(IndicatorDefinition indicator, Site site, DateTime date, decimal value);
}

/// <summary>An in-memory store as a sink: its own checks apply.</summary>
public sealed class ObservationStoreSink(ObservationStore store) : IObservationSink
{
    public ObservationStore Store { get; } = store;

    public void Record(IndicatorDefinition indicator, Site site, DateTime date, decimal value) => Store.Record(indicator, site, date, value);
}
