using System;
using System.Linq;
using PilotSpec.Monitoring.PostgreSql.Resources;

namespace PilotSpec.Monitoring.PostgreSql;

/// <summary>
/// Who owns a store: the pilot's name (<see cref="PilotDefinition.Name"/>), which never changes
/// for a store, and the hex SHA-256 of the spec's pilot model, which changes whenever the spec is
/// revised during the pilot (the data stays; the hash says which spec last claimed it).
/// </summary>
public sealed class PilotIdentity : IEquatable<PilotIdentity>
{
    /// <summary>Creates the identity; the hash is kept in lower case.</summary>
    /// <exception cref="ArgumentException">The name is empty or the hash is not 64 hex digits.</exception>
    public PilotIdentity(string pilot, string specHash)
    {
        if (string.IsNullOrWhiteSpace(pilot) || specHash is null || specHash.Length != 64 || !specHash.All(Uri.IsHexDigit))
        {
            throw new ArgumentException(StoreTexts.Get("BadIdentity"));
        }

        Pilot = pilot;
        SpecHash = specHash.ToLowerInvariant();
    }

    /// <summary>The pilot's name.</summary>
    public string Pilot { get; }

    /// <summary>The hex SHA-256 of the spec's pilot model, lower case.</summary>
    public string SpecHash { get; }

    /// <inheritdoc/>
    public bool Equals(PilotIdentity? other) =>
        other is not null && string.Equals(Pilot, other.Pilot, StringComparison.Ordinal) && string.Equals(SpecHash, other.SpecHash, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PilotIdentity);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(StringComparer.Ordinal.GetHashCode(Pilot), StringComparer.Ordinal.GetHashCode(SpecHash));

    /// <inheritdoc/>
    public override string ToString() => Pilot + " (" + SpecHash + ")";
}
