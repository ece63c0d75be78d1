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
    /// <summary>The target as an absolute value, given the baseline; null when it cannot be known.</summary>
    public decimal? AbsoluteValue(Quantity? baseline) => Kind switch
    {
        TargetKind.Absolute => Amount.Value,
        TargetKind.RelativeChange when baseline is { } b => b.Value * (1 + Amount.Value / 100m),
        TargetKind.AbsoluteChange when baseline is { } b => b.Value + Amount.Value,
        _ => null,
    };
}

public enum TargetKind
{
    Absolute,
    RelativeChange,
    AbsoluteChange,
}
