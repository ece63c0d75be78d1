namespace PilotSpec.Store;

/// <summary>
/// What a store holds, measured against a spec: an evaluation says what it rests on, and rows
/// the spec cannot read (of an indicator or site a revised spec dropped) are counted, not hidden.
/// </summary>
/// <param name="Observations">Every observation held (one per indicator, site and period).</param>
/// <param name="OutsideSpec">Those of an indicator or a site the spec does not have: kept, not evaluated.</param>
/// <param name="Sites">Sites of the spec with at least one observation.</param>
public sealed record StoreContents(long Observations, long OutsideSpec, int Sites);
