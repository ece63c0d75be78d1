using System;

namespace PilotSpec.Monitoring;

/// <summary>
/// Arithmetic over values that may be unknown (null), as criteria compute it: unknown in,
/// unknown out; a division by zero or an overflow is unknown too, never an exception in the
/// middle of an evaluation.
/// </summary>
public static class Arithmetic
{
    /// <summary><paramref name="left"/> + <paramref name="right"/>.</summary>
    public static decimal? Add(decimal? left, decimal? right) =>
        Safely(left, right, (l, r) => l + r);

    /// <summary><paramref name="left"/> - <paramref name="right"/>.</summary>
    public static decimal? Subtract(decimal? left, decimal? right) =>
        Safely(left, right, (l, r) => l - r);

    /// <summary><paramref name="left"/> × <paramref name="right"/>.</summary>
    public static decimal? Multiply(decimal? left, decimal? right) =>
        Safely(left, right, (l, r) => l * r);

    /// <summary><paramref name="left"/> / <paramref name="right"/>; unknown when <paramref name="right"/> is zero.</summary>
    public static decimal? Divide(decimal? left, decimal? right) =>
        right == 0m ? null : Safely(left, right, (l, r) => l / r);

    /// <summary>-<paramref name="value"/>.</summary>
    public static decimal? Negate(decimal? value) => -value;

    private static decimal? Safely(decimal? left, decimal? right, Func<decimal, decimal, decimal> operation)
    {
        if (left is not { } l || right is not { } r)
        {
            return null;
        }

        try
        {
            return operation(l, r);
        }
        catch (OverflowException)
        {
            return null;
        }
    }
}
