namespace PilotSpec.Monitoring;

/// <summary>What an evaluation decides about the pilot.</summary>
public enum Decision
{
    /// <summary>Roll the reform out beyond the pilot sites (<c>scale_up</c>).</summary>
    ScaleUp,

    /// <summary>Change the design and go on (<c>adjust</c>).</summary>
    Adjust,

    /// <summary>Run the pilot longer (<c>extend</c>).</summary>
    Extend,

    /// <summary>Stop the pilot (<c>terminate</c>).</summary>
    Terminate,
}
