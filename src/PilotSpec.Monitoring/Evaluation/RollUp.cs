using System;

namespace PilotSpec.Monitoring;

/// <summary>
/// How an indicator's value at a parent site (a province, a department) is computed from its
/// children's when the parent records none itself: <c>roll_up: sum</c>, <c>roll_up: mean</c>,
/// <c>roll_up: mean by population</c>. Immutable.
/// </summary>
public sealed class RollUp
{
    /// <summary>Creates a roll-up.</summary>
    /// <param name="kind">How the children's values combine.</param>
    /// <param name="weight">For a weighted mean, the site attribute that weighs each child (<c>population</c>).</param>
    public RollUp(RollUpKind kind, string? weight = null)
    {
        if (kind == RollUpKind.WeightedMean && string.IsNullOrEmpty(weight))
        {
            throw new ArgumentException("A weighted mean needs the attribute it is weighted by.", nameof(weight));
        }

        Kind = kind;
        Weight = kind == RollUpKind.WeightedMean ? weight : null;
    }

    /// <summary>How the children's values combine.</summary>
    public RollUpKind Kind { get; }

    /// <summary>The site attribute of a weighted mean.</summary>
    public string? Weight { get; }

    /// <inheritdoc/>
    public override string ToString() => Kind switch
    {
        RollUpKind.Sum => "sum",
        RollUpKind.Mean => "mean",
        _ => "mean by " + Weight,
    };
}

/// <summary>How children's values combine into their parent's.</summary>
public enum RollUpKind
{
    /// <summary>The total: cases, spending, officers.</summary>
    Sum,

    /// <summary>The plain mean: each child counts alike.</summary>
    Mean,

    /// <summary>The mean weighted by a site attribute: a province's rate from its cities' rates and populations.</summary>
    WeightedMean,
}
