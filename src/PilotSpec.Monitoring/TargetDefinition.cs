using System;

namespace PilotSpec.Monitoring;

/// <summary>
/// One part of an indicator's target: a level to reach (<c>120 working days</c>), a change
/// relative to the site's own baseline (<c>-50%</c>), or a change in the indicator's unit
/// (<c>+15 points</c>), with its deadline. Immutable.
/// </summary>
public sealed class TargetDefinition
{
    /// <summary>Creates a part of a target.</summary>
    /// <param name="kind">What <paramref name="amount"/> is.</param>
    /// <param name="amount">The level in the indicator's unit, the relative change in percent (-50 for -50%), or the change in the indicator's unit.</param>
    /// <param name="deadline">When it must hold, if the spec says.</param>
    public TargetDefinition(TargetKind kind, decimal amount, DateTime? deadline)
    {
        Kind = kind;
        Amount = amount;
        Deadline = deadline;
    }

    /// <summary>What <see cref="Amount"/> is.</summary>
    public TargetKind Kind { get; }

    /// <summary>The level, relative change in percent, or change in the indicator's unit.</summary>
    public decimal Amount { get; }

    /// <summary>When it must hold, if the spec says.</summary>
    public DateTime? Deadline { get; }

    /// <summary>The level this part asks for at a site whose baseline is <paramref name="baseline"/>; unknown when a change has no baseline to start from.</summary>
    public decimal? LevelFrom(decimal? baseline) => Kind switch
    {
        TargetKind.Level => Amount,
        TargetKind.RelativeChange => Arithmetic.Multiply(baseline, 1m + (Amount / 100m)), // as the compiler resolves `+15%`: 62 x 1.15
        _ => Arithmetic.Add(baseline, Amount),
    };

    /// <inheritdoc/>
    public override string ToString() => Kind switch
    {
        TargetKind.Level => Amount.ToString(System.Globalization.CultureInfo.InvariantCulture),
        TargetKind.RelativeChange => (Amount >= 0 ? "+" : string.Empty) + Amount.ToString(System.Globalization.CultureInfo.InvariantCulture) + "%",
        _ => (Amount >= 0 ? "+" : string.Empty) + Amount.ToString(System.Globalization.CultureInfo.InvariantCulture),
    } + (Deadline is { } d ? " by " + d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : string.Empty);
}

/// <summary>What a part of a target states.</summary>
public enum TargetKind
{
    /// <summary>A level to reach: <c>12 minutes</c>, <c>85%</c>.</summary>
    Level,

    /// <summary>A change relative to the site's baseline, in percent: <c>-50%</c>.</summary>
    RelativeChange,

    /// <summary>A change in the indicator's unit: <c>+15 points</c>, <c>-3 minutes</c>.</summary>
    Change,
}
