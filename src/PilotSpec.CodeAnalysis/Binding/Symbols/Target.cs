using System;
using PilotSpec.CodeAnalysis.Types;

namespace PilotSpec.CodeAnalysis.Binding;

/// <summary>
/// Where an indicator should be by a deadline: an absolute value (`12 minutes`, `85%`), a
/// relative change from the baseline (`+15%`: 62% becomes 71.3%), or a change in the
/// indicator's own unit (`+15 points`: 62% becomes 77%; `-3 minutes`).
/// </summary>
public sealed record Target(TargetKind Kind, Quantity Amount, DateTime? Deadline)
{
    /// <summary>
    /// The target as an absolute value in the baseline's unit (12 minutes against a baseline
    /// of 0.3 hours is 0.2), given the baseline; null when it cannot be known.
    /// </summary>
    public decimal? AbsoluteValue(Quantity? baseline) => Kind switch
    {
        TargetKind.Absolute => baseline is { } b ? InUnitOf(Amount, b.Unit) : Amount.Value,
        TargetKind.RelativeChange when baseline is { } b => b.Value * (1 + Amount.Value / 100m),
        TargetKind.AbsoluteChange when baseline is { } b => b.Value + InUnitOf(Amount, b.Unit),
        _ => null,
    };

    // Units of one family convert (minutes, hours); anything else is compared as written.
    private static decimal InUnitOf(Quantity quantity, Unit unit) =>
        quantity.Unit.Dimension != Dimension.Scalar && unit.Dimension != Dimension.Scalar
        && !quantity.Unit.Equals(unit) && quantity.Unit.IsCompatibleWith(unit) && unit.ToBase != 0
            ? quantity.Value * quantity.Unit.ToBase / unit.ToBase
            : quantity.Value;
}

public enum TargetKind
{
    Absolute,
    RelativeChange,
    AbsoluteChange,
}
