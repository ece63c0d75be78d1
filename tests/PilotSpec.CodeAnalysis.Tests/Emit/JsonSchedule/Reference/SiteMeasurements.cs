using System;
using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Binding;

namespace PilotSpec.CodeAnalysis.Tests.Emit.JsonSchedule.Reference;

/// <summary>
/// The due dates of one indicator at one site, over the site's measurement span
/// (<paramref name="From"/>, its first day, to <paramref name="Until"/>, its close: the day after
/// its last day, when the last whole period's measurement falls due; null when nothing fixes an end).
/// </summary>
public sealed record SiteMeasurements(SiteSymbol Site, DateTime From, DateTime? Until, ImmutableArray<DateTime> DueDates, bool IsTruncated);
