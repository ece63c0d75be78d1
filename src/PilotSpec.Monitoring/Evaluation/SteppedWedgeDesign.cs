using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace PilotSpec.Monitoring;

/// <summary>Where a site stands in a stepped-wedge roll-out during one measurement period.</summary>
public enum WedgeExposure
{
    /// <summary>The whole period lies before the site's wave starts: not yet exposed.</summary>
    Control,

    /// <summary>The period touches the wave's start or its lag (transition): left out of the estimate.</summary>
    Transition,

    /// <summary>The whole period lies between the end of the lag and the roll-out's end: exposed.</summary>
    Exposed,

    /// <summary>The period reaches past the roll-out's end: left out (no site is judged after it).</summary>
    After,
}

/// <summary>
/// One wave of a stepped-wedge roll-out: its sites, the day it starts, the first day it counts
/// as exposed (its start plus the lag), and the roll-out's common last day. Immutable.
/// </summary>
public sealed class WedgeStep
{
    /// <summary>Creates a step.</summary>
    public WedgeStep(IEnumerable<Site> sites, DateTime start, DateTime exposedFrom, DateTime? end)
    {
        if (exposedFrom < start)
        {
            throw new ArgumentException("A wave is exposed from its start on, or later (after its lag).", nameof(exposedFrom));
        }

        Sites = new ReadOnlyCollection<Site>((sites ?? throw new ArgumentNullException(nameof(sites))).ToArray());
        Start = start.Date;
        ExposedFrom = exposedFrom.Date;
        End = end?.Date;
    }

    /// <summary>The wave's sites.</summary>
    public IReadOnlyList<Site> Sites { get; }

    /// <summary>The first day of the wave in the roll-out: the periods that end before it are its control periods.</summary>
    public DateTime Start { get; }

    /// <summary>The first day it counts as exposed: <see cref="Start"/> plus the lag.</summary>
    public DateTime ExposedFrom { get; }

    /// <summary>The roll-out's last day; null when it runs on.</summary>
    public DateTime? End { get; }

    /// <summary>Where the wave stands during the period from <paramref name="periodStart"/> to <paramref name="periodEnd"/>.</summary>
    public WedgeExposure During(DateTime periodStart, DateTime periodEnd)
    {
        if (End is { } end && periodEnd > end)
        {
            return WedgeExposure.After;
        }

        if (periodEnd < Start)
        {
            return WedgeExposure.Control;
        }

        return periodStart >= ExposedFrom ? WedgeExposure.Exposed : WedgeExposure.Transition;
    }
}

/// <summary>
/// A stepped-wedge roll-out as an evaluation reads it: the waves in the order they enter, each
/// site in one wave. Built from the spec's staggered phase (`stagger:` the step, `lag:` the
/// transition, `end:` the common end). Immutable.
/// </summary>
public sealed class SteppedWedgeDesign
{
    /// <summary>Creates a design from its waves; a site listed in two waves keeps the first.</summary>
    public SteppedWedgeDesign(IEnumerable<WedgeStep> steps)
    {
        Steps = new ReadOnlyCollection<WedgeStep>((steps ?? throw new ArgumentNullException(nameof(steps))).ToArray());
        var seen = new HashSet<Site>();
        var sites = new List<(Site, WedgeStep)>();
        foreach (var step in Steps)
        {
            foreach (var site in step.Sites)
            {
                if (seen.Add(site))
                {
                    sites.Add((site, step));
                }
            }
        }

        SitesInOrder = new ReadOnlyCollection<(Site Site, WedgeStep Step)>(sites);
    }

    /// <summary>The waves, in the order they enter.</summary>
    public IReadOnlyList<WedgeStep> Steps { get; }

    /// <summary>Every site with its wave, in wave order.</summary>
    public IReadOnlyList<(Site Site, WedgeStep Step)> SitesInOrder { get; }
}
