namespace PilotSpec.Monitoring;

/// <summary>How an <see cref="ObservationStore"/> checks what it is given.</summary>
public sealed class ObservationStoreOptions
{
    /// <summary>What "today" is: observations dated after it are refused. Null: the machine's local day.</summary>
    public IClock? Clock { get; set; }

    /// <summary>When set, indicators and sites that are not the pilot's are refused by the store itself.</summary>
    public PilotDefinition? Pilot { get; set; }
}
