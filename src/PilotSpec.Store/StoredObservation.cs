using PilotSpec.Monitoring;

namespace PilotSpec.Store;

/// <summary>One observation as a store holds it: by names, so that rows of indicators or sites a revised spec dropped are still there.</summary>
public readonly record struct StoredObservation(string Indicator, string Site, Observation Observation);
