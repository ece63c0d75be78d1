namespace PilotSpec.Monitoring;

/// <summary>What an evaluation decides about the pilot.</summary>
public enum Decision
{
    /// <summary>Spread the reform beyond the pilot sites.</summary>
    ScaleUp,

    /// <summary>Change the reform and go on.</summary>
    Adjust,

    /// <summary>Continue the pilot for longer.</summary>
    Extend,

    /// <summary>End the pilot.</summary>
    Terminate,

    /// <summary>
    /// Not a decision a spec gives but an outcome: missing or stale data could change which
    /// rule applies, so nothing is decided until the data named in the result comes in.
    /// </summary>
    Undetermined,
}
