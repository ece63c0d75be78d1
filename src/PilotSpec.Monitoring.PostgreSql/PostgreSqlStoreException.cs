using System;

namespace PilotSpec.Monitoring.PostgreSql;

/// <summary>
/// Thrown by <see cref="PostgreSqlObservationJournal.Open"/> when the database cannot hold this
/// pilot's observations (<see cref="Error"/> says why and what to do): a monitor that cannot
/// store what it records must not start recording.
/// </summary>
public sealed class PostgreSqlStoreException : InvalidOperationException
{
    /// <summary>Creates the exception for <paramref name="error"/>.</summary>
    public PostgreSqlStoreException(PostgreSqlStoreError error)
        : base((error ?? throw new ArgumentNullException(nameof(error))).Message)
    {
        Error = error;
    }

    /// <summary>Why the store cannot be used.</summary>
    public PostgreSqlStoreError Error { get; }
}
