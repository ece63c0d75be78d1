using PilotSpec.CodeAnalysis.Types;

namespace PilotSpec.CodeAnalysis.Tests.Scheduling;

/// <summary>
/// Calendar arithmetic: months keep the day of the month and clamp at the month's end
/// (never spill into the next month), quarters and years are months, working days skip
/// weekends, and a stagger is the duration taken n times from the same start.
/// </summary>
public sealed class CalendarDurationTests
{
    [Theory]
    [InlineData("2019-01-31", 1, "2019-02-28")] // clamped, not 2019-03-03
    [InlineData("2020-01-31", 1, "2020-02-29")] // leap year
    [InlineData("2019-01-15", 1, "2019-02-15")]
    [InlineData("2019-03-31", 1, "2019-04-30")]
    [InlineData("2019-12-31", 2, "2020-02-29")]
    [InlineData("2019-03-01", 15, "2020-06-01")]
    [InlineData("2019-03-01", 0, "2019-03-01")]
    [InlineData("2019-03-31", -1, "2019-02-28")]
    public void Months_keep_the_day_and_clamp_at_the_end_of_the_month(string from, int months, string expected)
    {
        Assert.Equal(Date(expected), new CalendarDuration(months, Unit.Months).AddTo(Date(from)));
    }

    [Theory]
    [InlineData("2019-11-30", 1, "2020-02-29")]
    [InlineData("2019-01-01", 4, "2020-01-01")]
    [InlineData("2019-08-31", 2, "2020-02-29")]
    public void Quarters_are_three_months(string from, int quarters, string expected)
    {
        Assert.Equal(Date(expected), new CalendarDuration(quarters, Unit.Quarters).AddTo(Date(from)));
    }

    [Theory]
    [InlineData("2020-02-29", 1, "2021-02-28")]
    [InlineData("2020-02-29", 4, "2024-02-29")]
    [InlineData("2019-03-01", 2, "2021-03-01")]
    public void Years_are_twelve_months(string from, int years, string expected)
    {
        Assert.Equal(Date(expected), new CalendarDuration(years, Unit.Years).AddTo(Date(from)));
    }

    [Fact]
    public void Half_a_year_is_six_months()
    {
        Assert.Equal(Date("2020-07-01"), new CalendarDuration(0.5m, Unit.Years).AddTo(Date("2020-01-01")));
    }

    [Theory]
    [InlineData("2024-01-01", 10, "2024-01-11")]
    [InlineData("2024-01-01", 14, "2024-01-15")]
    [InlineData("2024-01-01", 7, "2024-01-08")]
    public void Days_and_weeks_count_every_day(string from, int days, string expected)
    {
        Assert.Equal(Date(expected), new CalendarDuration(days, Unit.Days).AddTo(Date(from)));
        Assert.Equal(Date(from).AddDays(days * 7), new CalendarDuration(days, Unit.Weeks).AddTo(Date(from)));
    }

    [Theory]
    [InlineData("2024-01-05", 1, "2024-01-08")] // Friday + 1 working day = Monday
    [InlineData("2024-01-06", 1, "2024-01-08")] // Saturday + 1 = Monday
    [InlineData("2024-01-01", 5, "2024-01-08")] // Monday + 5 = next Monday
    [InlineData("2024-01-01", 10, "2024-01-15")]
    [InlineData("2024-01-08", -1, "2024-01-05")] // Monday - 1 = Friday
    [InlineData("2024-01-08", 0, "2024-01-08")]
    public void Working_days_skip_weekends(string from, int days, string expected)
    {
        Assert.Equal(Date(expected), new CalendarDuration(days, Unit.WorkingDays).AddTo(Date(from)));
    }

    [Theory]
    [InlineData(0, "2019-01-31")]
    [InlineData(1, "2019-02-28")]
    [InlineData(2, "2019-03-31")] // from the start, not from the clamped 02-28: not 2019-03-28
    [InlineData(3, "2019-04-30")]
    public void Stagger_of_wave_n_is_n_times_the_duration_from_the_same_start(int wave, string expected)
    {
        Assert.Equal(Date(expected), new CalendarDuration(1, Unit.Months).AddTimes(Date("2019-01-31"), wave));
    }

    [Fact]
    public void Durations_beyond_the_calendar_saturate_instead_of_throwing()
    {
        Assert.Equal(DateTime.MaxValue.Date, new CalendarDuration(999_999, Unit.Years).AddTo(Date("2020-01-01")));
        Assert.Equal(DateTime.MaxValue.Date, new CalendarDuration(10_000_000, Unit.Days).AddTo(Date("2020-01-01")));
    }

    [Fact]
    public void Duration_prints_as_written()
    {
        Assert.Equal("3 months", new CalendarDuration(3, Unit.Months).ToString());
        Assert.Equal("10 working days", new CalendarDuration(10, Unit.WorkingDays).ToString());
    }

    private static DateTime Date(string text) => DateTime.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
