using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PilotSpec.Monitoring;
using PilotSpec.Store.Reading;

namespace PilotSpec.Store.Tests;

/// <summary>The store's hand-written readers of dates and values agree with .NET's parsers on every input.</summary>
public sealed class StoredTextTests
{
    [Property(MaxTest = 2000)]
    public bool A_value_reads_back_as_decimal_Parse_reads_it(decimal value) =>
        Same(value.ToString(CultureInfo.InvariantCulture));

    [Property(MaxTest = 2000)]
    public bool A_value_with_trailing_zeros_keeps_its_scale(int units, byte scale) =>
        Same(new decimal(Math.Abs(units), 0, 0, units < 0, (byte)(scale % 12)).ToString(CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("12.50")]
    [InlineData("-0.001")]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("999999999999999999")]
    [InlineData("9999999999999999999")]
    [InlineData("79228162514264337593543950335")]
    [InlineData("1E+3")]
    [InlineData("0.0000000000000000000000000001")]
    public void Edge_values_read_as_decimal_Parse_reads_them(string text) => Assert.True(Same(text), text);

    [Theory]
    [InlineData("")]
    [InlineData("-")]
    [InlineData(".")]
    [InlineData("1.2.3")]
    [InlineData("12a")]
    public void Text_that_is_no_number_is_refused_as_decimal_Parse_refuses_it(string text) =>
        Assert.Throws<FormatException>(() => StoredText.Value(Encoding.UTF8.GetBytes(text)));

    [Property(MaxTest = 2000)]
    public Property A_day_reads_back_as_written() =>
        Prop.ForAll(Gen.Choose(0, 3_652_058).ToArbitrary(), days =>
        {
            var day = DateTime.MinValue.AddDays(days);
            return StoredText.Date(Encoding.UTF8.GetBytes(StoredText.Date(day))) == day;
        });

    [Theory]
    [InlineData("2024-02-30")]
    [InlineData("2024-13-01")]
    [InlineData("0000-01-01")]
    [InlineData("2024/01/01")]
    public void A_day_that_is_not_in_the_calendar_is_refused(string text) =>
        Assert.Throws<FormatException>(() => StoredText.Date(Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void A_joined_series_comes_back_in_date_order_whatever_order_it_was_joined_in()
    {
        var series = Joined("North", "2024-04-3064.5,2024-03-3162,2024-05-31-1", 3);

        Assert.Equal([new DateTime(2024, 3, 31), new DateTime(2024, 4, 30), new DateTime(2024, 5, 31)], series.Select(o => o.Date));
        Assert.Equal([62m, 64.5m, -1m], series.Select(o => o.Value));
    }

    [Fact]
    public void A_joined_value_beyond_the_common_case_keeps_every_digit_and_its_place_when_sorted()
    {
        var series = Joined("North", "2024-04-3079228162514264337593543950335,2024-03-311E+3,2024-05-31-0.50", 3);

        Assert.Equal([1000m, 79228162514264337593543950335m, -0.50m], series.Select(o => o.Value));
        Assert.Equal("-0.50", series[2].Value.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(new DateTime(2024, 4, 30), series[1].Date);
    }

    [Theory]
    [InlineData("2024-03-3162,2024-04-30", 2)]
    [InlineData("2024-03-3162", 2)]
    [InlineData("2024-03-3162,2024-04-301", 1)]
    public void A_joined_series_that_does_not_match_its_count_is_an_error(string joined, int count) =>
        Assert.Throws<FormatException>(() => Joined("North", joined, count));

    private static IReadOnlyList<Observation> Joined(string site, string joined, int count)
    {
        var builder = new IndicatorSeriesBuilder();
        builder.StartSite(site);
        StoredText.AddSeries(Encoding.UTF8.GetBytes(joined), count, builder);
        return builder.Build().Of(site);
    }

    private static bool Same(string text)
    {
        var expected = decimal.Parse(text, NumberStyles.Number | NumberStyles.AllowExponent, CultureInfo.InvariantCulture);
        var actual = StoredText.Value(Encoding.UTF8.GetBytes(text));
        return actual == expected && actual.Scale == expected.Scale && actual.ToString(CultureInfo.InvariantCulture) == expected.ToString(CultureInfo.InvariantCulture);
    }
}
