namespace PilotSpec.Benchmarks.Store;

/// <summary>
/// One observation as the pilot office's store keeps it: the key is (indicator, site, period), and
/// writing the same key again replaces <see cref="Date"/> and <see cref="Value"/> (last write wins).
/// The value is a decimal because a pilot's figures must come back exactly as they were written.
/// </summary>
public readonly record struct Observation(string Indicator, string Site, long Period, DateOnly Date, decimal Value);

/// <summary>One point of a site's series as the evaluation engine holds it in memory.</summary>
public readonly record struct SeriesPoint(string Site, DateOnly Date, decimal Value);
