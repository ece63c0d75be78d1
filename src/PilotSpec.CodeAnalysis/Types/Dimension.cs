namespace PilotSpec.CodeAnalysis.Types;

/// <summary>
/// What a quantity measures. Quantities of one dimension compare and add (minutes with
/// hours); of different dimensions they do not (minutes with percent) — a unit mismatch.
/// </summary>
public enum Dimension
{
    /// <summary>A plain number: a ratio, a score, a weight.</summary>
    Scalar,

    /// <summary>A rate in percent: 62%.</summary>
    Percent,

    /// <summary>A difference between two rates, in percentage points: +15 points.</summary>
    Points,

    /// <summary>Time: minutes, hours, days, weeks, months, quarters, years.</summary>
    Time,

    /// <summary>Money: CNY, yuan.</summary>
    Currency,

    /// <summary>A count of something, or any unit the spec names itself (people, cases, suggestions).</summary>
    Count,
}
