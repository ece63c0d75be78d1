using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace PilotSpec.Monitoring;

/// <summary>Everything a monitor knows of a pilot's spec: its facts, sites, indicators, evaluations and alerts. Immutable.</summary>
public sealed class PilotDefinition
{
    private readonly Dictionary<string, Site> _sitesByCode;
    private readonly Dictionary<string, IndicatorDefinition> _indicatorsByName;
    private readonly Dictionary<string, List<Site>> _children;
    private static readonly IReadOnlyList<Site> NoChildren = new ReadOnlyCollection<Site>(new Site[0]);

    // Site to position in Sites, for the recording path: a Site keeps its hash, so this finds a
    // site without hashing its code again (the code-keyed map above hashes the string each time).
    private readonly Dictionary<Site, int> _siteIndexes;

    /// <summary>Creates a definition; site codes and indicator names must be unique.</summary>
    public PilotDefinition(
        string name,
        string? title,
        IEnumerable<Site> sites,
        IEnumerable<IndicatorDefinition> indicators,
        IEnumerable<EvaluationDefinition>? evaluations = null,
        IEnumerable<AlertDefinition>? alerts = null,
        string? owner = null,
        string? sponsor = null,
        string? problem = null,
        DateTime? start = null,
        DateTime? plannedEnd = null)
    {
        if (string.IsNullOrEmpty(name))
        {
            throw new ArgumentException("A pilot needs a name.", nameof(name));
        }

        Name = name;
        Title = title;
        Sites = new ReadOnlyCollection<Site>((sites ?? throw new ArgumentNullException(nameof(sites))).ToArray());
        Indicators = new ReadOnlyCollection<IndicatorDefinition>((indicators ?? throw new ArgumentNullException(nameof(indicators))).ToArray());
        Evaluations = new ReadOnlyCollection<EvaluationDefinition>((evaluations ?? Enumerable.Empty<EvaluationDefinition>()).ToArray());
        Alerts = new ReadOnlyCollection<AlertDefinition>((alerts ?? Enumerable.Empty<AlertDefinition>()).ToArray());
        Owner = owner;
        Sponsor = sponsor;
        Problem = problem;
        Start = start;
        PlannedEnd = plannedEnd;

        _sitesByCode = new Dictionary<string, Site>(StringComparer.Ordinal);
        _siteIndexes = new Dictionary<Site, int>();
        foreach (var site in Sites)
        {
            if (_sitesByCode.ContainsKey(site.Code))
            {
                throw new ArgumentException($"Two sites have the code '{site.Code}'.", nameof(sites));
            }

            _siteIndexes.Add(site, _sitesByCode.Count);
            _sitesByCode.Add(site.Code, site);
        }

        // Children per parent, in the spec's order: what a roll-up reads.
        _children = new Dictionary<string, List<Site>>(StringComparer.Ordinal);
        foreach (var site in Sites)
        {
            if (site.Parent is { } parent && _sitesByCode.ContainsKey(parent))
            {
                if (!_children.TryGetValue(parent, out var list))
                {
                    _children.Add(parent, list = new List<Site>());
                }

                list.Add(site);
            }
        }

        _indicatorsByName = new Dictionary<string, IndicatorDefinition>(StringComparer.Ordinal);
        foreach (var indicator in Indicators)
        {
            if (_indicatorsByName.ContainsKey(indicator.Name))
            {
                throw new ArgumentException($"Two indicators have the name '{indicator.Name}'.", nameof(indicators));
            }

            _indicatorsByName.Add(indicator.Name, indicator);
        }
    }

    /// <summary>The name the spec declares.</summary>
    public string Name { get; }

    /// <summary>The human title, if any.</summary>
    public string? Title { get; }

    /// <summary>Every site, pilot and comparison, in the spec's order.</summary>
    public IReadOnlyList<Site> Sites { get; }

    /// <summary>Every indicator, in the spec's order.</summary>
    public IReadOnlyList<IndicatorDefinition> Indicators { get; }

    /// <summary>Every evaluation, in the spec's order.</summary>
    public IReadOnlyList<EvaluationDefinition> Evaluations { get; }

    /// <summary>Every alert, in the spec's order.</summary>
    public IReadOnlyList<AlertDefinition> Alerts { get; }

    /// <summary>Who runs the pilot.</summary>
    public string? Owner { get; }

    /// <summary>Who sponsors it.</summary>
    public string? Sponsor { get; }

    /// <summary>The problem the pilot answers.</summary>
    public string? Problem { get; }

    /// <summary>When it starts.</summary>
    public DateTime? Start { get; }

    /// <summary>When it is planned to end.</summary>
    public DateTime? PlannedEnd { get; }

    /// <summary>The site with this code, or null.</summary>
    public Site? FindSite(string code) => _sitesByCode.TryGetValue(code, out var site) ? site : null;

    /// <summary>The position in <see cref="Sites"/> of the site with the code of <paramref name="site"/>, or -1.</summary>
    internal int IndexOfSite(Site site) => _siteIndexes.TryGetValue(site, out var index) ? index : -1;

    /// <summary>The sites whose <c>parent:</c> is <paramref name="site"/>, in the spec's order.</summary>
    public IReadOnlyList<Site> ChildrenOf(Site site) =>
        site is not null && _children.TryGetValue(site.Code, out var children) ? children.AsReadOnly() : NoChildren;

    /// <summary>The indicator with this name, or null.</summary>
    public IndicatorDefinition? FindIndicator(string name) => _indicatorsByName.TryGetValue(name, out var indicator) ? indicator : null;

    /// <inheritdoc/>
    public override string ToString() => Name;
}
