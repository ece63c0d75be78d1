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

    public Target? Target { get; internal set; }

    public MeasurementFrequency? Frequency { get; internal set; }

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
