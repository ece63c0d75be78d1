using System;
using System.Globalization;

namespace PilotSpec.Monitoring;

/// <summary>One measured value of an indicator at a site, dated by calendar day.</summary>
public readonly struct Observation : IEquatable<Observation>
{
    /// <summary>Creates an observation; the time of day of <paramref name="date"/> is dropped.</summary>
    public Observation(DateTime date, decimal value)
    {
        Date = DateTime.SpecifyKind(date.Date, DateTimeKind.Unspecified);
        Value = value;
    }

    /// <summary>The day the value was measured.</summary>
    public DateTime Date { get; }

    /// <summary>The value, in the indicator's unit.</summary>
    public decimal Value { get; }

    /// <inheritdoc/>
    public bool Equals(Observation other) => Date == other.Date && Value == other.Value;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is Observation other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => (Date.GetHashCode() * 397) ^ Value.GetHashCode();

    /// <inheritdoc/>
    public override string ToString() =>
        Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + ": " + Value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>What recording an observation did: never nothing, so a replacement is not silent.</summary>
public enum RecordOutcome
{
    /// <summary>The first observation of its indicator, site and period.</summary>
    Added,

    /// <summary>An earlier observation of the same indicator, site and period was replaced (last write wins).</summary>
    Replaced,

    /// <summary>The same observation was already recorded: re-sending is harmless.</summary>
    Unchanged,
}
