using System;
using System.Collections.Immutable;
using PilotSpec.CodeAnalysis.Syntax;
using PilotSpec.CodeAnalysis.Types;

namespace PilotSpec.CodeAnalysis.Binding;

public sealed class IndicatorSymbol : Symbol
{
    internal IndicatorSymbol(DeclarationSyntax declaration) : base(declaration) { }

    public override SymbolKind Kind => SymbolKind.Indicator;

    /// <summary>The unit of its values; null when the spec does not say (then checks that need it stay quiet).</summary>
    public Unit? Unit { get; internal set; }

    public Direction Direction { get; internal set; } = Direction.Unspecified;

    public Quantity? Baseline { get; internal set; }

    public DateTime? BaselineDate { get; internal set; }

    /// <summary>The first part of the target: what `.target` and progress read.</summary>
    public Target? Target => Targets.IsDefaultOrEmpty ? null : Targets[0];

    /// <summary>
    /// Every part of the target, in the order written; all must hold
    /// (`target: 120 working days by 2019-12-31, -50% by 2019-12-31`).
    /// </summary>
    public ImmutableArray<Target> Targets { get; internal set; } = ImmutableArray<Target>.Empty;

    /// <summary>Baselines the spec states per site (`baseline: 200 days on D, 150 days at 杭州`), by site name.</summary>
    public ImmutableDictionary<string, Quantity> SiteBaselines { get; internal set; } = ImmutableDictionary<string, Quantity>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>`roll_up: sum`, `roll_up: mean by population`: how a parent site without data of its own gets its value from its children; null when it does not.</summary>
    public RollUpRule? RollUp { get; internal set; }

    /// <summary>`stale_after: 3`: how many measurement periods old a latest value may be before it counts as missing; null for the default (2 periods).</summary>
    public int? StaleAfter { get; internal set; }

    public MeasurementFrequency? Frequency { get; internal set; }

    /// <summary>`grades: 优 from 90, 良 from 80, 中 from 60, 差`: named bands, highest bound first; empty when not graded.</summary>
    public ImmutableArray<GradeBand> Grades { get; internal set; } = ImmutableArray<GradeBand>.Empty;

    /// <summary>The `grades:` property, where the checks of the bands report.</summary>
    public PropertySyntax? GradesSyntax { get; internal set; }

    /// <summary>`round_to: 0`: decimal places a value is rounded to (half away from zero) before grading; null when graded as recorded.</summary>
    public int? RoundTo { get; internal set; }

    /// <summary>`range: 0, 100`: the lowest and highest value the indicator can take (a score's scale); null when not given.</summary>
    public (Quantity Low, Quantity High)? Range { get; internal set; }

    /// <summary>Whether the spec says how a value is rounded before grading (`round_to: 0` or `round_to: as_recorded`).</summary>
    public bool HasRoundingRule { get; internal set; }

    /// <summary>
    /// The rank of a band: 0 for the worst, one more for each better band. Where lower is better
    /// the lowest band is the best, so that `.grade >= B` means "B or better" either way (the
    /// monitor's GradeScale ranks the same).
    /// </summary>
    public int RankOf(GradeBand band) => Direction == Direction.LowerIsBetter ? Grades.IndexOf(band) : Grades.Length - 1 - Grades.IndexOf(band);

    /// <summary>Where the values come from: a system, a survey, or a stakeholder's name.</summary>
    public string? Source { get; internal set; }

    public string? Responsible { get; internal set; }

    public GoalSymbol? Goal { get; internal set; }

    /// <summary>The indicator's weight within its goal, when the goal weighs its indicators.</summary>
    public decimal? Weight { get; internal set; }

    /// <summary>`formula: admin_cost / total_spending`: the indicator computed from others.</summary>
    public Bound.BoundExpression? Formula { get; internal set; }

    public ImmutableArray<string> Disaggregations { get; internal set; } = ImmutableArray<string>.Empty;

    /// <summary>True for rates in percent, whose changes may be relative (%) or in percentage points.</summary>
    public bool IsRate => Unit?.Dimension == Dimension.Percent;
}

public enum Direction
{
    Unspecified,
    HigherIsBetter,
    LowerIsBetter,
}

/// <summary>`roll_up: sum | mean [by attribute]`: Kind is `sum` or `mean`; Weight the site attribute of a weighted mean.</summary>
public sealed record RollUpRule(string Kind, string? Weight);
