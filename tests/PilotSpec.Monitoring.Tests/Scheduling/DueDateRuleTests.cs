using System;
using System.Linq;
using PilotSpec.Monitoring.Scheduling;

namespace PilotSpec.Monitoring.Tests.Scheduling;

/// <summary>The reference due-date rule: n periods from the window's start, months clamped to their last day.</summary>
public sealed class DueDateRuleTests
{
    [Fact]
    public void Monthly_from_a_month_end_keeps_to_month_ends_in_a_leap_year()
    {
        var dates = DueDateRule.Expand(new DateTime(2024, 1, 31), "monthly", 4).ToList();

        Assert.Equal([new DateTime(2024, 2, 29), new DateTime(2024, 3, 31), new DateTime(2024, 4, 30), new DateTime(2024, 5, 31)], dates);
    }

    [Theory]
    [InlineData("weekly", 3, "2024-02-21")]   // 21 days after January 31
    [InlineData("quarterly", 2, "2024-07-31")]
    [InlineData("semiannually", 1, "2024-07-31")]
    [InlineData("annually", 1, "2025-01-31")]
    public void Each_frequency_steps_by_its_period(string frequency, int n, string expected) =>
        Assert.Equal(DateTime.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), DueDateRule.Nth(new DateTime(2024, 1, 31), frequency, n));

    [Fact]
    public void Annually_from_a_leap_day_is_the_28th_then_the_29th_again() =>
        Assert.Equal(
            [new DateTime(2025, 2, 28), new DateTime(2026, 2, 28), new DateTime(2027, 2, 28), new DateTime(2028, 2, 29)],
            DueDateRule.Expand(new DateTime(2024, 2, 29), "annually", 4));

    [Fact]
    public void An_unknown_frequency_is_refused_where_it_is_passed() =>
        Assert.Throws<ArgumentException>(() => DueDateRule.Expand(new DateTime(2024, 1, 1), "daily", 3));
}
