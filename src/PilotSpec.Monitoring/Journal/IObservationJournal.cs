namespace PilotSpec.Monitoring;

/// <summary>
/// Durable storage behind an <see cref="ObservationStore"/>: the store calls
/// <see cref="Append"/> for every observation it accepts (Added or Replaced, never Unchanged)
/// before the observation becomes visible, and a throw refuses the observation. Calls for one
/// indicator and site come one at a time, in the order the store applies them, so replaying
/// the journal in order rebuilds the same state; calls for different series may come at once.
/// </summary>
public interface IObservationJournal
{
    /// <summary>Stores <paramref name="observation"/> durably before returning.</summary>
    void Append(IndicatorDefinition indicator, Site site, Observation observation);
}
