using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace PilotSpec.Monitoring;

/// <summary>
/// What the spec says of one indicator: its unit, which way is better, where it starts
/// (baseline) and where it should be (target, already resolved to an absolute value: a spec's
/// <c>+15 points</c> on a 62% baseline arrives here as 77). Immutable.
/// </summary>
public sealed class IndicatorDefinition
{
    /// <summary>Creates a definition.</summary>
    /// <param name="name">The name the spec declares; not empty.</param>
    /// <param name="title">The human title, if any.</param>
    /// <param name="unit">The unit word of the spec (<c>percent</c>, <c>minutes</c>, <c>officers</c>), if any.</param>
    /// <param name="direction">Which way is better.</param>
    /// <param name="baseline">The value at the baseline, in <paramref name="unit"/>.</param>
    /// <param name="baselineDate">When the baseline was measured.</param>
    /// <param name="target">The value to reach, absolute, in <paramref name="unit"/>.</param>
    /// <param name="targetDate">The deadline of the target.</param>
    /// <param name="frequency">How often it is measured: one observation per period and site counts.</param>
    /// <param name="targets">
    /// Every part of a compound target, all of which must hold (<c>target: 120 working days by D, -50% by D</c>);
    /// relative parts are resolved against each site's own baseline. When null, <paramref name="target"/> is the one part.
    /// </param>
    /// <param name="siteBaselines">Baselines the spec states per site (by site code), which take precedence over observations.</param>
    /// <param name="rollUp">How a parent site without observations of its own gets its value from its children's.</param>
    /// <param name="staleAfter">
    /// How many measurement periods old the latest value may be before it counts as missing: with 2 on a monthly
    /// indicator, a value of January is stale on any day of April. Null: two periods of <paramref name="frequency"/>,
    /// and no limit for an indicator without a frequency.
    /// </param>
    /// <param name="grades">Named bands over the indicator's value and the rounding before grading (<c>grades:</c>, <c>round_to:</c>); null: not graded.</param>
    /// <param name="lowest">The lowest value it can take (<c>range: 0, 100</c>); null: no lower limit (0 for a percentage).</param>
    /// <param name="highest">The highest value it can take; null: no upper limit (100 for a percentage).</param>
    public IndicatorDefinition(
        string name,
        string? title = null,
        string? unit = null,
        Direction direction = Direction.Unspecified,
        decimal? baseline = null,
        DateTime? baselineDate = null,
        decimal? target = null,
        DateTime? targetDate = null,
        PeriodUnit? frequency = null,
        IEnumerable<TargetDefinition>? targets = null,
        IReadOnlyDictionary<string, decimal>? siteBaselines = null,
        int? staleAfter = null,
        RollUp? rollUp = null,
        GradeScale? grades = null,
        decimal? lowest = null,
        decimal? highest = null)
    {
        if (string.IsNullOrEmpty(name))
        {
            throw new ArgumentException("An indicator needs a name.", nameof(name));
        }

        Name = name;
        Title = title;
        Unit = unit;
        Direction = direction;
        Baseline = baseline;
        BaselineDate = baselineDate;
        Target = target;
        TargetDate = targetDate;
        Frequency = frequency;
        Targets = new ReadOnlyCollection<TargetDefinition>(
            (targets ?? (target is { } level ? new[] { new TargetDefinition(TargetKind.Level, level, targetDate) } : Enumerable.Empty<TargetDefinition>())).ToArray());
        SiteBaselines = new ReadOnlyDictionary<string, decimal>(
            siteBaselines is null ? new Dictionary<string, decimal>(StringComparer.Ordinal) : new Dictionary<string, decimal>(siteBaselines.ToDictionary(p => p.Key, p => p.Value), StringComparer.Ordinal));
        if (staleAfter is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(staleAfter), "A value must be allowed to be one period old at least.");
        }

        StaleAfter = staleAfter ?? (frequency is null ? null : 2);
        RollUp = rollUp;
        Grades = grades;
        IsPercent = string.Equals(unit, "percent", StringComparison.OrdinalIgnoreCase) || unit == "%";

        // A percentage is 0 to 100 whatever the spec says; a range narrows it.
        Lowest = IsPercent ? Math.Max(lowest ?? 0m, 0m) : lowest;
        Highest = IsPercent ? Math.Min(highest ?? 100m, 100m) : highest;
        NameHashCode = StringComparer.Ordinal.GetHashCode(name);
    }

    /// <summary>The name the spec declares.</summary>
    public string Name { get; }

    /// <summary>The human title, if any.</summary>
    public string? Title { get; }

    /// <summary>The unit word of the spec, if any. Percentages are recorded as numbers of percent: 62 for 62%.</summary>
    public string? Unit { get; }

    /// <summary>Which way is better.</summary>
    public Direction Direction { get; }

    /// <summary>The value at the baseline, if the spec gives one.</summary>
    public decimal? Baseline { get; }

    /// <summary>When the baseline was measured.</summary>
    public DateTime? BaselineDate { get; }

    /// <summary>The absolute value to reach, if the spec gives a target.</summary>
    public decimal? Target { get; }

    /// <summary>The deadline of the target.</summary>
    public DateTime? TargetDate { get; }

    /// <summary>How often it is measured; observations of one site in one such period replace each other. Null: daily.</summary>
    public PeriodUnit? Frequency { get; }

    /// <summary>The spec's unit word says numbers of percent (<c>percent</c> or a bare <c>%</c>): values must lie in 0..100. Decided once, not per recorded value.</summary>
    public bool IsPercent { get; }

    /// <summary>The lowest value an observation may have (0 for a percentage, or the spec's <c>range:</c>); null: no limit.</summary>
    public decimal? Lowest { get; }

    /// <summary>The highest value an observation may have (100 for a percentage, or the spec's <c>range:</c>); null: no limit.</summary>
    public decimal? Highest { get; }

    /// <summary>The ordinal hash of <see cref="Name"/>, computed once: the store finds a series by name for every observation.</summary>
    internal int NameHashCode { get; }

    /// <summary>Every part of the target, all of which must hold; the first is the one <see cref="Target"/> and <c>.target</c> read.</summary>
    public IReadOnlyList<TargetDefinition> Targets { get; }

    /// <summary>Baselines the spec states per site, by site code.</summary>
    public IReadOnlyDictionary<string, decimal> SiteBaselines { get; }

    /// <summary>How many measurement periods old the latest value may be before it counts as missing; null for no limit.</summary>
    public int? StaleAfter { get; }

    /// <summary>How a parent site's value is computed from its children's when it has none of its own; null: it is not.</summary>
    public RollUp? RollUp { get; }

    /// <summary>The grade bands of a score (<c>grades: 优 from 90, 良 from 80, …</c>); null when it is not graded.</summary>
    public GradeScale? Grades { get; }

    /// <summary>
    /// For a computed indicator (<c>formula: admin_cost / total_spending</c>), how its value at a
    /// site is computed from other indicators, period by period; null for an observed one.
    /// </summary>
    public Expr? Formula { get; private set; }

    /// <summary>
    /// Gives a computed indicator its formula. A formula names other indicators, which may be
    /// declared after it, so the model reader sets it once every indicator exists and before
    /// the definition is used; it is never changed afterwards.
    /// </summary>
    internal void SetFormula(Expr formula)
    {
        if (Formula is not null)
        {
            throw new InvalidOperationException("The formula of '" + Name + "' is already set.");
        }

        Formula = formula ?? throw new ArgumentNullException(nameof(formula));
    }

    /// <summary>The period within which observations of one site replace each other.</summary>
    public PeriodUnit RecordingPeriod => Frequency ?? PeriodUnit.Day;

    /// <inheritdoc/>
    public override string ToString() => Name;
}

/// <summary>Which way an indicator should move.</summary>
public enum Direction
{
    /// <summary>The spec does not say; the target's side of the baseline decides.</summary>
    Unspecified,

    /// <summary>Higher values are better (a clearance rate).</summary>
    HigherIsBetter,

    /// <summary>Lower values are better (a response time).</summary>
    LowerIsBetter,
}
