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

    public PhaseSchedule(PhaseSymbol phase, DateTime? start, DateTime? end, ImmutableArray<SiteWindow> sites, ImmutableArray<PhaseStep> steps)
    {
        Phase = phase;
        Start = start;
        End = end;
        Sites = sites;
        Steps = steps;
    }

    public PhaseSymbol Phase { get; }

    public DateTime? Start { get; }

    public DateTime? End { get; }

    public ImmutableArray<SiteWindow> Sites { get; }

    /// <summary>
    /// The same windows by stagger step (empty when unresolved): the compact form, one entry
    /// per group of sites instead of one per site. Step i's sites are those its name of `in:`
    /// stands for, but for its <see cref="PhaseStep.Except"/>.
    /// </summary>
    public ImmutableArray<PhaseStep> Steps { get; }

    public bool IsResolved => Start is not null;

    /// <summary>The phase's window at a site; null when it does not run there. Constant time: thousands of sites ask.</summary>
    public SiteWindow? At(SiteSymbol site)
    {
        // The field first: the factory captures `this`, so asking EnsureInitialized each time made a delegate per call.
        var bySite = _bySite ?? LazyInitializer.EnsureInitialized(ref _bySite, () => Sites.ToDictionary(w => w.Site))!;
        return bySite.TryGetValue(site, out var window) ? window : null;
    }
}
