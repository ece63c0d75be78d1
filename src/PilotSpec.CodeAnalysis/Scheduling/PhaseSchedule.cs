using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using PilotSpec.CodeAnalysis.Binding;

namespace PilotSpec.CodeAnalysis.Scheduling;

/// <summary>
/// A phase resolved to dates: its first start and last end over all sites, and the window
/// at each site (waves staggered). Unresolved phases (no start, or in a cycle) have no dates.
/// </summary>
public sealed class PhaseSchedule
{
    private Dictionary<SiteSymbol, SiteWindow>? _bySite;

    public PhaseSchedule(PhaseSymbol phase, DateTime? start, DateTime? end, ImmutableArray<SiteWindow> sites)
    {
        Phase = phase;
        Start = start;
        End = end;
        Sites = sites;
    }

    public PhaseSymbol Phase { get; }

    public DateTime? Start { get; }

    public DateTime? End { get; }

    public ImmutableArray<SiteWindow> Sites { get; }

    public bool IsResolved => Start is not null;

    /// <summary>The phase's window at a site; null when it does not run there. Constant time: thousands of sites ask.</summary>
    public SiteWindow? At(SiteSymbol site)
    {
        // The field first: the factory captures `this`, so asking EnsureInitialized each time made a delegate per call.
        var bySite = _bySite ?? LazyInitializer.EnsureInitialized(ref _bySite, () => Sites.ToDictionary(w => w.Site))!;
        return bySite.TryGetValue(site, out var window) ? window : null;
    }
}
