using System.Collections.Generic;

namespace PilotSpec.Monitoring;

/// <summary>
/// Where an evaluation reads observations from: a monitor's own <see cref="ObservationStore"/>
/// in memory, or the pilot office's database, which hands the engine one indicator's series at a
/// time instead of every row at once. Whatever the source, the engine (<see cref="EvaluationContext"/>)
/// applies the same rules to what it reads, so a decision does not depend on where the data lives.
/// </summary>
public interface IObservationSource
{
    /// <summary>
    /// The observations of <paramref name="indicator"/> at <paramref name="site"/> in date order,
    /// one per measurement period (the last recorded for it): a snapshot later recordings do not change.
    /// </summary>
    IReadOnlyList<Observation> Observations(IndicatorDefinition indicator, Site site);
}
