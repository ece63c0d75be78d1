using System;
using System.Collections.Immutable;
using System.Linq;
using PilotSpec.CodeAnalysis.Binding;

namespace PilotSpec.CodeAnalysis.Scheduling;

/// <summary>
/// A phase resolved to dates: its first start and last end over all sites, and the window
/// at each site (waves staggered). Unresolved phases (no start, or in a cycle) have no dates.
/// </summary>
public sealed record PhaseSchedule(PhaseSymbol Phase, DateTime? Start, DateTime? End, ImmutableArray<SiteWindow> Sites)
{
    public bool IsResolved => Start is not null;

    public SiteWindow? At(SiteSymbol site) => Sites.FirstOrDefault(w => ReferenceEquals(w.Site, site));
}
