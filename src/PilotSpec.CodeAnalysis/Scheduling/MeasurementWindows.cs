using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Binding;

namespace PilotSpec.CodeAnalysis.Scheduling;

/// <summary>
/// The measurement plan without its dates: which indicators are measured, and the distinct
/// measurement spans with the sites that share each. An indicator is due at every site of
/// every window by its frequency's <see cref="Recurrence"/> over the window, so the plan is
/// O(sites + windows × frequencies) however many dates it stands for.
/// </summary>
public sealed class MeasurementWindows
{
    private MeasurementWindows(ImmutableArray<IndicatorSymbol> indicators, ImmutableArray<MeasurementWindow> windows)
    {
        Indicators = indicators;
        Windows = windows;
    }

    /// <summary>Indicators with a frequency, in declaration order (a duplicate declaration is not measured twice).</summary>
    public ImmutableArray<IndicatorSymbol> Indicators { get; }

    /// <summary>Windows in the order of their first site's declaration.</summary>
    public ImmutableArray<MeasurementWindow> Windows { get; }

    /// <summary>The frequencies some measured indicator has, in the enum's order (weekly first).</summary>
    public IEnumerable<MeasurementFrequency> Frequencies()
    {
        var used = new bool[(int)MeasurementFrequency.Annually + 1];
        foreach (var indicator in Indicators)
        {
            used[(int)indicator.Frequency!.Value] = true;
        }

        for (var i = 0; i < used.Length; i++)
        {
            if (used[i])
            {
                yield return (MeasurementFrequency)i;
            }
        }
    }

    public static MeasurementWindows Create(BoundProgram program, PilotSchedule schedule)
    {
        var indicators = ImmutableArray.CreateBuilder<IndicatorSymbol>();
        foreach (var indicator in program.Indicators)
        {
            if (indicator.Frequency is not null && ReferenceEquals(program.Table.Lookup(indicator.Name), indicator))
            {
                indicators.Add(indicator);
            }
        }

        var order = new List<(DateTime, DateTime?)>();
        var sitesOf = new Dictionary<(DateTime, DateTime?), ImmutableArray<SiteSymbol>.Builder>();
        foreach (var (site, from, until) in MeasurementSpans.Of(program, schedule))
        {
            if (!sitesOf.TryGetValue((from, until), out var sites))
            {
                sites = ImmutableArray.CreateBuilder<SiteSymbol>();
                sitesOf.Add((from, until), sites);
                order.Add((from, until));
            }

            sites.Add(site);
        }

        var windows = ImmutableArray.CreateBuilder<MeasurementWindow>(order.Count);
        foreach (var key in order)
        {
            windows.Add(new MeasurementWindow(key.Item1, key.Item2, sitesOf[key].ToImmutable()));
        }

        return new MeasurementWindows(indicators.ToImmutable(), windows.MoveToImmutable());
    }
}
