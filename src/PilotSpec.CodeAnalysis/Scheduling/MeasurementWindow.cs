using System;
using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Binding;

namespace PilotSpec.CodeAnalysis.Scheduling;

/// <summary>
/// A measurement span shared by several sites (sites of one wave share theirs), in site
/// declaration order. <paramref name="Until"/> is null when nothing fixes an end.
/// </summary>
public sealed record MeasurementWindow(DateTime From, DateTime? Until, ImmutableArray<SiteSymbol> Sites)
{
    /// <summary>The due dates of <paramref name="frequency"/> over this window: the same at each of its sites.</summary>
    public Recurrence Due(MeasurementFrequency frequency) => Recurrence.Over(frequency, From, Until);
}
