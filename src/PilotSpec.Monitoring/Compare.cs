using System;

namespace PilotSpec.Monitoring;

/// <summary>
/// Comparisons in three-valued logic: true, false, or unknown (null) when a side is
/// unknown — an indicator not yet measured neither meets nor fails a criterion. Combine the
/// results with C#'s <c>&amp;</c>, <c>|</c> and <c>!</c> on <c>bool?</c>, which follow the
/// same logic (false &amp; unknown is false; true | unknown is true).
/// </summary>
public static class Compare
{
    /// <summary><paramref name="left"/> &lt; <paramref name="right"/>.</summary>
    public static bool? Less(decimal? left, decimal? right) => left is { } l && right is { } r ? l < r : null;

    /// <summary><paramref name="left"/> &lt;= <paramref name="right"/>.</summary>
    public static bool? LessOrEqual(decimal? left, decimal? right) => left is { } l && right is { } r ? l <= r : null;

    /// <summary><paramref name="left"/> &gt; <paramref name="right"/>.</summary>
    public static bool? Greater(decimal? left, decimal? right) => left is { } l && right is { } r ? l > r : null;

    /// <summary><paramref name="left"/> &gt;= <paramref name="right"/>.</summary>
    public static bool? GreaterOrEqual(decimal? left, decimal? right) => left is { } l && right is { } r ? l >= r : null;

    /// <summary><paramref name="left"/> == <paramref name="right"/>.</summary>
    public static bool? Equal(decimal? left, decimal? right) => left is { } l && right is { } r ? l == r : null;

    /// <summary><paramref name="left"/> != <paramref name="right"/>.</summary>
    public static bool? NotEqual(decimal? left, decimal? right) => left is { } l && right is { } r ? l != r : null;

    /// <summary>Dates: &lt;.</summary>
    public static bool? Less(DateTime? left, DateTime? right) => left is { } l && right is { } r ? l < r : null;

    /// <summary>Dates: &lt;=.</summary>
    public static bool? LessOrEqual(DateTime? left, DateTime? right) => left is { } l && right is { } r ? l <= r : null;

    /// <summary>Dates: &gt;.</summary>
    public static bool? Greater(DateTime? left, DateTime? right) => left is { } l && right is { } r ? l > r : null;

    /// <summary>Dates: &gt;=.</summary>
    public static bool? GreaterOrEqual(DateTime? left, DateTime? right) => left is { } l && right is { } r ? l >= r : null;

    /// <summary>Dates: ==.</summary>
    public static bool? Equal(DateTime? left, DateTime? right) => left is { } l && right is { } r ? l == r : null;

    /// <summary>Dates: !=.</summary>
    public static bool? NotEqual(DateTime? left, DateTime? right) => left is { } l && right is { } r ? l != r : null;

    /// <summary>Texts, ordinally: ==.</summary>
    public static bool? Equal(string? left, string? right) => left is not null && right is not null ? string.Equals(left, right, StringComparison.Ordinal) : null;

    /// <summary>Texts, ordinally: !=.</summary>
    public static bool? NotEqual(string? left, string? right) => !Equal(left, right);

    /// <summary>Texts, ordinally: &lt;.</summary>
    public static bool? Less(string? left, string? right) => Order(left, right, c => c < 0);

    /// <summary>Texts, ordinally: &lt;=.</summary>
    public static bool? LessOrEqual(string? left, string? right) => Order(left, right, c => c <= 0);

    /// <summary>Texts, ordinally: &gt;.</summary>
    public static bool? Greater(string? left, string? right) => Order(left, right, c => c > 0);

    /// <summary>Texts, ordinally: &gt;=.</summary>
    public static bool? GreaterOrEqual(string? left, string? right) => Order(left, right, c => c >= 0);

    /// <summary>Conditions: == (both known and the same).</summary>
    public static bool? Equal(bool? left, bool? right) => left is { } l && right is { } r ? l == r : null;

    /// <summary>Conditions: !=.</summary>
    public static bool? NotEqual(bool? left, bool? right) => left is { } l && right is { } r ? l != r : null;

    /// <summary>Conditions, false before true: &lt;.</summary>
    public static bool? Less(bool? left, bool? right) => left is { } l && right is { } r ? !l && r : null;

    /// <summary>Conditions, false before true: &lt;=.</summary>
    public static bool? LessOrEqual(bool? left, bool? right) => left is { } l && right is { } r ? !l || r : null;

    /// <summary>Conditions, false before true: &gt;.</summary>
    public static bool? Greater(bool? left, bool? right) => Less(right, left);

    /// <summary>Conditions, false before true: &gt;=.</summary>
    public static bool? GreaterOrEqual(bool? left, bool? right) => LessOrEqual(right, left);

    private static bool? Order(string? left, string? right, Func<int, bool> test) =>
        left is not null && right is not null ? test(string.CompareOrdinal(left, right)) : null;
}
