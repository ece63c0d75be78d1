namespace PilotSpec.Monitoring.Tests;

public sealed class PeriodTests
{
    [Theory]
    [InlineData(PeriodUnit.Day, "2019-05-15", "2019-05-15", "2019-05-15")]
    [InlineData(PeriodUnit.Week, "2019-05-15", "2019-05-13", "2019-05-19")]
    [InlineData(PeriodUnit.Month, "2019-02-15", "2019-02-01", "2019-02-28")]
    [InlineData(PeriodUnit.Month, "2020-02-15", "2020-02-01", "2020-02-29")]
    [InlineData(PeriodUnit.Quarter, "2019-05-15", "2019-04-01", "2019-06-30")]
    [InlineData(PeriodUnit.HalfYear, "2019-07-01", "2019-07-01", "2019-12-31")]
    [InlineData(PeriodUnit.Year, "2019-05-15", "2019-01-01", "2019-12-31")]
    [InlineData(PeriodUnit.Year, "9999-12-31", "9999-01-01", "9999-12-31")]
    public void A_date_lies_in_its_period(PeriodUnit unit, string date, string start, string end)
    {
        var index = Periods.IndexOf(DateTime.Parse(date, System.Globalization.CultureInfo.InvariantCulture), unit);

        Assert.Equal(DateTime.Parse(start, System.Globalization.CultureInfo.InvariantCulture), Periods.StartOf(index, unit));
        Assert.Equal(DateTime.Parse(end, System.Globalization.CultureInfo.InvariantCulture), Periods.EndOf(index, unit));
    }

    [Fact]
    public void December_and_January_are_consecutive_months()
    {
        Assert.Equal(
            Periods.IndexOf(new DateTime(2019, 12, 31), PeriodUnit.Month) + 1,
            Periods.IndexOf(new DateTime(2020, 1, 1), PeriodUnit.Month));
    }
}
